package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * What hand-built tool values have in common: the input schema an expression produces ({@code json!} literal,
 * a JSON string, {@code schema_for_type::<T>()}, a local variable or helper function holding one), the builder
 * calls chained after the value, and the assembly of the definition.
 */
final class RustToolValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DEPTH = 3;

    private final SourceIndex index;
    private final RustStrings strings;
    private final RustParams structs;

    RustToolValues(SourceIndex index) {
        this.index = index;
        this.strings = new RustStrings(index);
        this.structs = new RustParams(index);
    }

    RustStrings strings() {
        return strings;
    }

    /** The tool, when its name is a static string. */
    Optional<ExtractedTool> tool(ParsedFile file, TSNode at, String pattern, Optional<StaticText> name, StaticText description,
                                 TSNode schemaExpression, RustAnnotations annotations) {
        if (name.isEmpty() || name.get().partial() || name.get().text().isBlank()) {
            return Optional.empty();
        }
        chained(file, at, annotations);
        List<ToolParam> params = List.of();
        String schema = "{}";
        Optional<JsonNode> json = schema(file, schemaExpression, 0);
        if (json.isPresent()) {
            params = SchemaParams.fromSchema(json.get());
            schema = RustSchemas.write(json.get());
        } else {
            Optional<List<ToolParam>> typed = typedSchema(file, schemaExpression);
            if (typed.isPresent()) {
                params = typed.get();
                schema = RustSchemas.fromParams(params);
            }
        }
        ToolDefinition definition = new ToolDefinition(name.get().text(), description.text(), params, schema,
                annotations.build(), new SourceLocation(file.path(), file.line(at), pattern));
        return Optional.of(new ExtractedTool(definition, description.partial(), List.of()));
    }

    /** Builder calls applied to the value: {@code .with_annotations(..)}, {@code .annotate(..)}, {@code .with_title(..)}. */
    private void chained(ParsedFile file, TSNode value, RustAnnotations annotations) {
        TSNode current = value;
        while (true) {
            TSNode access = current.getParent();
            if (!SyntaxNodes.present(access) || !access.getType().equals("field_expression")) {
                return;
            }
            TSNode call = access.getParent();
            TSNode method = SyntaxNodes.field(access, "field");
            if (!SyntaxNodes.present(call) || !call.getType().equals("call_expression") || method == null) {
                return;
            }
            List<TSNode> args = RustNodes.namedChildren(SyntaxNodes.field(call, "arguments"));
            String name = file.text(method);
            if ((name.equals("with_annotations") || name.equals("annotate")) && args.size() == 1) {
                RustAnnotations declared = RustAnnotations.fromExpression(file, args.get(0), strings);
                annotations.merge(declared);
            } else if (name.equals("with_title") && args.size() == 1) {
                strings.expression(file, args.get(0)).ifPresent(title -> annotations.titleIfAbsent(title.text()));
            }
            current = call;
        }
    }

    /**
     * A JSON schema literal the expression builds: a {@code json!} body or a JSON string in it, or in the
     * {@code let} binding of a variable it uses, or in the body of a function it calls.
     */
    Optional<JsonNode> schema(ParsedFile file, TSNode expression, int depth) {
        if (!SyntaxNodes.present(expression) || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        Optional<JsonNode> literal = literalSchema(file, expression);
        if (literal.isPresent()) {
            return literal;
        }
        List<TSNode> variables = new java.util.ArrayList<>();
        List<String> functions = new java.util.ArrayList<>();
        references(file, expression, variables, functions);
        for (TSNode variable : variables) {
            Optional<JsonNode> found = RustBindings.letValue(file, variable, file.text(variable))
                    .flatMap(value -> schema(file, value, depth + 1));
            if (found.isPresent()) {
                return found;
            }
        }
        for (String function : functions) {
            Optional<JsonNode> found = RustBindings.functionBody(file, function).flatMap(body -> literalSchema(file, body));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> literalSchema(ParsedFile file, TSNode node) {
        return RustSchemas.jsonMacro(file, node, strings).or(() -> jsonString(file, node));
    }

    /** Variables and called functions an expression uses, outside closures and blocks (a few at most). */
    private static void references(ParsedFile file, TSNode node, List<TSNode> variables, List<String> functions) {
        if (variables.size() + functions.size() > 6) {
            return;
        }
        switch (node.getType()) {
            case "identifier" -> variables.add(node);
            case "call_expression" -> {
                TSNode function = SyntaxNodes.field(node, "function");
                if (function != null && (function.getType().equals("identifier") || function.getType().equals("scoped_identifier"))) {
                    functions.add(RustNodes.lastSegment(file, function));
                } else if (function != null) {
                    references(file, function, variables, functions);
                }
                for (TSNode arg : RustNodes.namedChildren(SyntaxNodes.field(node, "arguments"))) {
                    references(file, arg, variables, functions);
                }
            }
            case "block", "closure_expression", "token_tree", "field_identifier", "scoped_identifier" -> {
            }
            default -> {
                for (TSNode child : RustNodes.namedChildren(node)) {
                    references(file, child, variables, functions);
                }
            }
        }
    }

    private Optional<JsonNode> jsonString(ParsedFile file, TSNode expression) {
        if (expression.getType().equals("string_literal") || expression.getType().equals("raw_string_literal")) {
            Optional<StaticText> text = strings.expression(file, expression);
            if (text.isPresent() && text.get().text().strip().startsWith("{")) {
                try {
                    JsonNode node = JSON.readTree(text.get().text());
                    return node.isObject() ? Optional.of(node) : Optional.empty();
                } catch (Exception e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
        for (TSNode child : RustNodes.namedChildren(expression)) {
            Optional<JsonNode> found = jsonString(file, child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Parameters of {@code T} in {@code schema_for_type::<T>()}, {@code cached_schema_for_type::<T>()} and the like. */
    private Optional<List<ToolParam>> typedSchema(ParsedFile file, TSNode expression) {
        if (!SyntaxNodes.present(expression)) {
            return Optional.empty();
        }
        if (expression.getType().equals("generic_function")) {
            TSNode args = SyntaxNodes.field(expression, "type_arguments");
            List<TSNode> types = RustNodes.namedChildren(args);
            return types.isEmpty() ? Optional.empty() : structs.ofType(file, types.get(0));
        }
        for (TSNode child : RustNodes.namedChildren(expression)) {
            Optional<List<ToolParam>> found = typedSchema(file, child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
