package io.mcpcatalog.extract.jvm;

import java.util.List;
import java.util.Optional;

/**
 * Reads a tool object as the MCP SDKs build it, from its evaluated call: the Java SDK's
 * {@code new McpSchema.Tool(name, [title,] description, schema[, annotations])} and
 * {@code Tool.builder([name[, schema]]).name(..).description(..).inputSchema(..).annotations(..).build()},
 * and the Kotlin SDK's {@code Tool(name = .., description = .., inputSchema = .., annotations = ..)}.
 */
final class SdkTools {

    /** The parts of a tool definition: name, description, input schema and hints, each possibly unknown. */
    record Parts(JvmValue name, JvmValue description, JvmValue schema, JvmValue hints) {
    }

    private SdkTools() {
    }

    static Optional<Parts> read(JvmValue value) {
        if (!(value instanceof JvmValue.Call call) || !call.typeIs("Tool")) {
            return Optional.empty();
        }
        if (call.kind() == JvmValue.Call.Kind.BUILDER) {
            List<JvmValue> args = call.args();
            return Optional.of(new Parts(call.named("name").or(() -> call.arg(0)).orElse(null),
                    call.named("description").orElse(null),
                    call.named("inputSchema").orElse(args.size() >= 2 ? args.get(args.size() - 1) : null),
                    call.named("annotations").orElse(null)));
        }
        if (call.kind() != JvmValue.Call.Kind.CONSTRUCTOR) {
            return Optional.empty();
        }
        List<JvmValue> args = call.args();
        int schemaAt = -1;
        for (int i = 1; i < args.size() && schemaAt < 0; i++) {
            schemaAt = isSchema(args.get(i)) ? i : -1;
        }
        JvmValue description = null;
        for (int i = 1; i < (schemaAt > 0 ? schemaAt : args.size()); i++) {
            description = isProse(args.get(i)) ? args.get(i) : description;
        }
        for (int i = schemaAt + 1; schemaAt > 0 && description == null && i < args.size(); i++) {
            description = isProse(args.get(i)) ? args.get(i) : null;
        }
        JvmValue positionalDescription = description;
        JvmValue positionalSchema = schemaAt > 0 ? args.get(schemaAt) : null;
        JvmValue positionalHints = args.stream().filter(a -> isHints(Optional.of(a))).findFirst().orElse(null);
        return Optional.of(new Parts(call.named("name").or(() -> call.arg(0)).orElse(null),
                call.named("description").orElse(positionalDescription),
                call.named("inputSchema").orElse(positionalSchema),
                call.named("annotations").orElse(positionalHints)));
    }

    /**
     * Whether a positional argument is the input schema: a schema object (JsonSchema, ToolSchema, Tool.Input), a
     * map, or a JSON object text. Constructors differ between SDK versions ({@code (name, description, schema)},
     * {@code (name, title, description, schema, ..)}, {@code (name, schema, description, ..)}), so the schema
     * is found by what it is, and the description is the last text before it (else the first after it).
     */
    private static boolean isSchema(JvmValue value) {
        return value instanceof JvmValue.Call call && call.typeIs("JsonSchema", "ToolSchema", "Input", "Tool.Input")
                || value instanceof JvmValue.MapValue
                || value instanceof JvmValue.Text && JvmJson.schema(value).isPresent();
    }

    /** Text that is not a (possibly unparsable) JSON schema. */
    private static boolean isProse(JvmValue value) {
        return value instanceof JvmValue.Text text && !text.text().strip().startsWith("{");
    }

    private static boolean isHints(Optional<JvmValue> value) {
        return value.filter(v -> v instanceof JvmValue.Call c && c.typeIs("ToolAnnotations")).isPresent();
    }
}
