package io.mcpcatalog.policy;

/**
 * One argument test of policy.json, e.g. {@code {"path":"args.command","op":"regex","value":"..."}}.
 * {@code wildcards} is the same test for formats without regular expressions (null when there is none);
 * {@code argType} is the argument's JSON type ("string", "integer", "number"), so formats with typed values
 * can compare it. Neither is part of policy.json.
 */
public record Condition(String path, String op, Object value, Wildcards wildcards, String argType) {

    public static final String ARGS = "args.";

    public Condition {
        if (!path.startsWith(ARGS)) {
            throw new IllegalArgumentException("a condition's path starts with '" + ARGS + "': " + path);
        }
    }

    /** The argument's name: the path without "args.". */
    public String param() {
        return path.substring(ARGS.length());
    }
}
