package io.mcpcatalog.policy;

/** One argument test, e.g. {@code {"path":"args.command","op":"regex","value":"..."}}. */
public record Condition(String path, String op, Object value) {
}
