package io.mcpcatalog.extract.jvm;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The JSON Schema type that Java and Kotlin parameter types are exposed as by the annotation-driven SDKs. */
final class JsonTypes {

    private static final Set<String> STRINGS = Set.of("String", "CharSequence", "char", "Character", "Char", "UUID",
            "URI", "URL", "LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime", "ZonedDateTime", "Instant",
            "Duration", "Date", "Path", "File", "Pattern", "Locale", "Currency", "ZoneId");
    private static final Set<String> INTEGERS = Set.of("int", "Integer", "long", "Long", "short", "Short", "byte",
            "Byte", "BigInteger", "Int", "UInt", "ULong", "UShort", "UByte", "OptionalInt", "OptionalLong",
            "AtomicInteger", "AtomicLong");
    private static final Set<String> NUMBERS = Set.of("double", "Double", "float", "Float", "BigDecimal", "Number",
            "OptionalDouble");
    private static final Set<String> BOOLEANS = Set.of("boolean", "Boolean", "AtomicBoolean");
    private static final Set<String> ARRAYS = Set.of("List", "Set", "Collection", "Iterable", "ArrayList",
            "LinkedList", "HashSet", "LinkedHashSet", "SortedSet", "TreeSet", "Array", "MutableList", "MutableSet",
            "MutableCollection", "Stream", "JsonArray", "ArrayNode", "IntArray", "LongArray", "DoubleArray",
            "FloatArray", "BooleanArray", "CharArray", "ShortArray", "ByteArray");
    private static final Set<String> WRAPPERS = Set.of("Optional", "Mono", "Uni", "Supplier");

    private JsonTypes() {
    }

    /** The JSON type of a written type such as {@code Optional<List<String>>}, {@code int[]}, {@code Map<K,V>}. */
    static String of(String written) {
        String type = written.replaceAll("\\s+", "").replaceAll("\\?$", "");
        if (type.endsWith("[]") || type.endsWith("...")) {
            return "array";
        }
        String raw = raw(type);
        if (WRAPPERS.contains(raw)) {
            return typeArgument(type).map(JsonTypes::of).orElse("object");
        }
        if (STRINGS.contains(raw)) {
            return "string";
        }
        if (INTEGERS.contains(raw)) {
            return "integer";
        }
        if (NUMBERS.contains(raw)) {
            return "number";
        }
        if (BOOLEANS.contains(raw)) {
            return "boolean";
        }
        return ARRAYS.contains(raw) ? "array" : "object";
    }

    /** True for the types that make a parameter optional by themselves (Optional, OptionalInt, ...). */
    static boolean isOptional(String written) {
        String raw = raw(written.replaceAll("\\s+", ""));
        return List.of("Optional", "OptionalInt", "OptionalLong", "OptionalDouble").contains(raw);
    }

    /** The simple name of a type without type arguments: "List" for "java.util.List<String>". */
    static String raw(String type) {
        String base = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        return base.substring(base.lastIndexOf('.') + 1);
    }

    private static Optional<String> typeArgument(String type) {
        int open = type.indexOf('<');
        int close = type.lastIndexOf('>');
        return open > 0 && close > open ? Optional.of(type.substring(open + 1, close)) : Optional.empty();
    }
}
