package io.mcpcatalog.extract.jvm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Java or Kotlin expression is known to evaluate to without running it: text (possibly only its static
 * part), a boolean, a number, null, a list, a map, a call (constructor, builder chain, factory or annotation,
 * with positional and named arguments), a class reference, or unknown.
 */
sealed interface JvmValue {

    /** Text; {@code partial} when part of it is computed at run time and only the static part is here. */
    record Text(String text, boolean partial) implements JvmValue {
    }

    record Bool(boolean value) implements JvmValue {
    }

    record Num(Number value) implements JvmValue {
    }

    record Null() implements JvmValue {
    }

    record ListValue(List<JvmValue> items) implements JvmValue {
    }

    record MapValue(Map<String, JvmValue> entries) implements JvmValue {
    }

    /** A class literal ({@code X.class}, {@code X::class}). */
    record ClassRef(String name) implements JvmValue {
    }

    /** An instance of a class declared in the repository (for calls of its methods and reads of its properties). */
    record Instance(ClassFinder.Decl decl) implements JvmValue {
    }

    /** An enum constant, with the arguments of its declaration. */
    record EnumConstant(String name, List<JvmValue> args) implements JvmValue {
    }

    /**
     * A constructor or function call ({@code new T(a)}, {@code T(a, x = b)}), a builder chain
     * ({@code T.builder(a).x(b).build()}: kind BUILDER, the chained calls as named arguments, last one wins)
     * or an annotation ({@code @T(x = b)}). {@code type} is the called name as written, without type arguments.
     */
    record Call(Kind kind, String type, List<JvmValue> args, Map<String, JvmValue> named) implements JvmValue {

        enum Kind { CONSTRUCTOR, FUNCTION, BUILDER, ANNOTATION }

        public Call {
            args = List.copyOf(args);
            named = new LinkedHashMap<>(named);
        }

        /** The simple name of the called type or function: "Tool" for "McpSchema.Tool". */
        String simpleType() {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        boolean typeIs(String... simpleNames) {
            for (String name : simpleNames) {
                if (simpleType().equals(name) || type.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        Optional<JvmValue> named(String name) {
            return Optional.ofNullable(named.get(name));
        }

        Optional<JvmValue> arg(int index) {
            return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
        }
    }

    /** Something that cannot be known statically; {@code reason} says why, for debugging. */
    record Unknown(String reason) implements JvmValue {
    }

    Unknown UNKNOWN = new Unknown("");

    static Text text(String text) {
        return new Text(text, false);
    }

    static ListValue list(List<JvmValue> items) {
        return new ListValue(new ArrayList<>(items));
    }

    /** The text of a value that is text (or a number or boolean, as Java's string concatenation renders them). */
    static Optional<Text> asText(JvmValue value) {
        if (value instanceof Text text) {
            return Optional.of(text);
        }
        if (value instanceof Num num) {
            return Optional.of(text(num.value().toString()));
        }
        if (value instanceof Bool bool) {
            return Optional.of(text(Boolean.toString(bool.value())));
        }
        if (value instanceof EnumConstant constant) {
            return Optional.of(text(constant.name()));
        }
        return Optional.empty();
    }

    /** The complete text of a value, or empty when it is not text or only partly known. */
    static Optional<String> fullText(JvmValue value) {
        return asText(value).filter(text -> !text.partial()).map(Text::text);
    }

    static Optional<Boolean> asBoolean(JvmValue value) {
        return value instanceof Bool bool ? Optional.of(bool.value()) : Optional.empty();
    }

    /** Concatenation as the + operator does it on strings: unknown parts leave the result partial. */
    static Text concat(JvmValue left, JvmValue right) {
        Text a = asText(left).orElse(new Text("", true));
        Text b = asText(right).orElse(new Text("", true));
        return new Text(a.text() + b.text(), a.partial() || b.partial());
    }
}
