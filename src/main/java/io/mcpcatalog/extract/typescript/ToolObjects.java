package io.mcpcatalog.extract.typescript;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Tool definitions written as objects: `{ name, description, inputSchema }` (MCP `Tool` shape, in a tools/list
 * array, a `Tool`-typed constant or a registry), and the same with `parameters`/`schema`/`argsSchema`/`arguments` or a handler
 * when the object sits in a tool context (a `*tool*` variable, property, type or helper call such as `addTool`).
 */
final class ToolObjects {

    static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:/\\-]{0,127}");
    private static final Pattern TOOL_CONTEXT = Pattern.compile("(?is).*tool.*");
    private static final Pattern NOT_A_DEFINITION = Pattern.compile("(?i)(call|get|run|execute|invoke|use|remove|delete|"
            + "disable|enable|find|has|is|handle|validate|update|unregister|set|check|track|log|record|emit|mock)[A-Z_].*");
    static final List<String> MCP_SCHEMA_KEYS = List.of("inputSchema");
    static final List<String> OTHER_SCHEMA_KEYS = List.of("input_schema", "parameters", "schema", "argsSchema", "paramsSchema",
            "argsShape", "inputShape", "args", "input", "params", "zodSchema", "arguments");
    private static final List<String> HANDLER_KEYS = List.of("handler", "execute", "run", "handle", "callback", "cb",
            "call", "fn", "invoke", "func", "implementation", "resolve");

    private ToolObjects() {
    }

    /** The tool an object literal defines, or empty when it is not tool-shaped (or its name is not static). */
    static Optional<Candidate> read(Resolver resolver, Ref object, String pattern) {
        if (!Ts.is(object.node(), "object")) {
            return Optional.empty();
        }
        Optional<String> name = resolver.property(object, "name").flatMap(n -> Strings.name(resolver, n));
        if (name.isEmpty() || !toolShaped(resolver, object)) {
            return Optional.empty();
        }
        Optional<Ref> schemaRef = MCP_SCHEMA_KEYS.stream().map(k -> resolver.property(object, k)).flatMap(Optional::stream)
                .findFirst().or(() -> OTHER_SCHEMA_KEYS.stream().map(k -> resolver.property(object, k))
                        .flatMap(Optional::stream).findFirst());
        SchemaInfo schema = schemaRef.flatMap(s -> Schemas.of(resolver, s)).orElse(schemaRef.isEmpty() ? SchemaInfo.EMPTY_OBJECT : null);
        Str description = Strings.description(resolver, resolver.property(object, "description"));
        return Optional.of(Candidate.of(name.get(), description, schema,
                resolver.property(object, "annotations").map(a -> Annotations.of(resolver, a)).orElse(null),
                object, pattern, handler(resolver, object), Comments.before(object)));
    }

    /**
     * Whether {@link ToolObjectExtractor} reports the objects of this file itself: only files that mention tools
     * (as the scanner reads only those); an object defined elsewhere is reported by the list or loop that uses it.
     */
    static boolean reportedInOwnFile(Ref object) {
        return object.file().source().text().toLowerCase(java.util.Locale.ROOT).contains("tool");
    }

    /** Whether the object, standing alone, is a tool definition (with the context check when it lacks `inputSchema`). */
    static boolean toolShaped(Resolver resolver, Ref object) {
        boolean mcpSchema = MCP_SCHEMA_KEYS.stream().anyMatch(k -> has(resolver, object, k));
        boolean otherSchema = OTHER_SCHEMA_KEYS.stream().anyMatch(k -> has(resolver, object, k));
        boolean handler = HANDLER_KEYS.stream().anyMatch(k -> has(resolver, object, k));
        boolean description = has(resolver, object, "description");
        if (has(resolver, object, "uri") || has(resolver, object, "uriTemplate")
                || (promptArguments(resolver, object) && !mcpSchema)) {
            return false;
        }
        if (inLlmContext(object)) {
            return false;
        }
        if (mcpSchema) {
            return true;
        }
        return (otherSchema || (description && handler)) && inToolContext(object);
    }

    /**
     * A prompt's `arguments`, an array of `{ name, required }`: the object is a prompt. `arguments` holding a schema
     * (`arguments: z.object({...})` beside an `invoke` handler) is a tool's input.
     */
    private static boolean promptArguments(Resolver resolver, Ref object) {
        return resolver.property(object, "arguments").map(resolver::resolve)
                .map(arguments -> Ts.is(arguments.node(), "array")).orElse(false);
    }

    private static boolean has(Resolver resolver, Ref object, String key) {
        return resolver.property(object, key).isPresent();
    }

    private static String handler(Resolver resolver, Ref object) {
        return HANDLER_KEYS.stream().map(k -> resolver.property(object, k)).flatMap(Optional::stream)
                .filter(h -> Ts.is(h.node(), "identifier", "member_expression")).map(Ref::text).findFirst().orElse(null);
    }

    /**
     * For `list.push(x)` / `list.unshift(x)`: the name and declared type of `list` (from its declaration in an
     * enclosing block), so that an object pushed onto `tools: Tool[]` is in a tool context.
     */
    private static String pushTarget(Ref object, TSNode call) {
        TSNode callee = Ts.present(call) ? call.getChildByFieldName("function") : null;
        if (!Ts.is(callee, "member_expression") || !object.file().text(callee.getChildByFieldName("property")).matches("push|unshift")
                || !Ts.is(callee.getChildByFieldName("object"), "identifier")) {
            return "";
        }
        String name = object.file().text(callee.getChildByFieldName("object"));
        for (TSNode scope = call.getParent(); Ts.present(scope); scope = scope.getParent()) {
            if (!Ts.is(scope, "statement_block", "program")) {
                continue;
            }
            for (TSNode statement : Ts.namedChildren(scope)) {
                TSNode declaration = Ts.is(statement, "export_statement") ? statement.getChildByFieldName("declaration") : statement;
                if (!Ts.is(declaration, "lexical_declaration", "variable_declaration")) {
                    continue;
                }
                for (TSNode declarator : Ts.namedChildren(declaration)) {
                    TSNode target = declarator.getChildByFieldName("name");
                    if (Ts.is(target, "identifier") && object.file().text(target).equals(name)) {
                        return label(object, declarator);
                    }
                }
            }
        }
        return name;
    }

    /** The words that name a binding: a variable's name and type, a property key, a function's name and return type. */
    private static String label(Ref object, TSNode binding) {
        StringBuilder label = new StringBuilder();
        for (String field : List.of("name", "type", "return_type", "key", "left", "property")) {
            Ts.field(binding, field).ifPresent(n -> label.append(object.file().text(n)).append(' '));
        }
        return label.toString();
    }

    private static final Pattern LLM_CONTEXT = Pattern.compile("(?is).*\\b\\w*(llm|openai|anthropic|claude|gemini|"
            + "function_?call|functionDeclaration)\\w*\\b.*");

    /**
     * Whether the object is a tool given to a language model (function calling of an LLM API, e.g. `llmTools.push`),
     * which is not a tool the server exposes.
     */
    static boolean inLlmContext(Ref object) {
        TSNode node = object.node();
        for (int steps = 0; steps < 8 && Ts.present(node.getParent()); steps++) {
            TSNode parent = node.getParent();
            String label = switch (parent.getType()) {
                case "variable_declarator", "public_field_definition", "field_definition", "pair", "assignment_expression" ->
                        label(object, parent);
                case "arguments" -> Ts.present(parent.getParent()) && Ts.is(parent.getParent(), "call_expression")
                        ? object.file().text(parent.getParent().getChildByFieldName("function")) + " "
                        + pushTarget(object, parent.getParent()) : "";
                default -> "";
            };
            if (LLM_CONTEXT.matcher(label).matches()) {
                return true;
            }
            if (Ts.is(parent, "program", "class_body", "statement_block")) {
                return false;
            }
            node = parent;
        }
        return false;
    }

    /** Whether something around the object names it a tool: a variable, property, type, function or helper call. */
    static boolean inToolContext(Ref object) {
        TSNode node = object.node();
        for (int steps = 0; steps < 10 && Ts.present(node.getParent()); steps++) {
            TSNode parent = node.getParent();
            String type = parent.getType();
            switch (type) {
                case "variable_declarator", "public_field_definition", "field_definition", "function_declaration",
                        "method_definition", "pair", "assignment_expression" -> {
                    return TOOL_CONTEXT.matcher(label(object, parent)).matches();
                }
                case "arguments" -> {
                    TSNode call = parent.getParent();
                    String callee = Ts.present(call) && Ts.is(call, "call_expression", "new_expression")
                            ? object.file().text(Ts.field(call, "function").orElse(call.getChildByFieldName("constructor"))) : "";
                    String last = callee.substring(callee.lastIndexOf('.') + 1);
                    if (TOOL_CONTEXT.matcher(pushTarget(object, call)).matches()) {
                        return true;
                    }
                    if (TOOL_CONTEXT.matcher(last).matches()) {
                        return !NOT_A_DEFINITION.matcher(last).matches();
                    }
                    if (!callee.startsWith("Object.") && !callee.equals("structuredClone")) {
                        return false;
                    }
                }
                case "satisfies_expression", "as_expression" -> {
                    List<TSNode> parts = Ts.namedChildren(parent);
                    if (TOOL_CONTEXT.matcher(object.file().text(parts.get(parts.size() - 1))).matches()) {
                        return true;
                    }
                }
                case "program", "class_body" -> {
                    return false;
                }
                default -> {
                }
            }
            node = parent;
        }
        return false;
    }
}
