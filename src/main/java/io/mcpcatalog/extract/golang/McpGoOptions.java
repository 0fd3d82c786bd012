package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * Reads mark3labs/mcp-go tool options (mcp.WithDescription, mcp.WithString(..., mcp.Required(), mcp.Description(...)),
 * the annotation options, WithInputSchema[T], WithRawInputSchema) into a draft, following options kept in slices,
 * in variables and in project helpers that return an option or a closure applying options.
 */
final class McpGoOptions {

    private static final Map<String, String> PARAM_TYPES = Map.of("WithString", "string", "WithNumber", "number",
            "WithInteger", "integer", "WithBoolean", "boolean", "WithArray", "array", "WithObject", "object", "WithAny", "any");

    private final GoValues values;
    private final GoJson json;
    private final GoStructSchema structs;

    McpGoOptions(GoValues values, GoJson json, GoStructSchema structs) {
        this.values = values;
        this.json = json;
        this.structs = structs;
    }

    void apply(ToolDraft draft, List<Expr> options, int depth) {
        for (Expr option : options) {
            apply(draft, option, depth);
        }
    }

    /** The arguments of a call, spread arguments expanded to the slice's elements. */
    List<Expr> arguments(Expr call, int from) {
        List<TSNode> args = GoSyntax.named(GoSyntax.field(call.node(), "arguments"));
        List<Expr> out = new ArrayList<>();
        for (int i = from; i < args.size(); i++) {
            TSNode arg = args.get(i);
            if (arg.getType().equals("variadic_argument")) {
                out.addAll(values.elements(call.with(arg.getNamedChild(0))));
            } else {
                out.add(call.with(arg));
            }
        }
        return out;
    }

    private void apply(ToolDraft draft, Expr option, int depth) {
        if (depth > 6) {
            return;
        }
        Expr call = option;
        TSNode node = GoSyntax.unwrap(option.node());
        if (node != null && node.getType().equals("identifier")) {
            call = values.deref(option);
        }
        if (call == null || !call.type().equals("call_expression")) {
            return;
        }
        String method = method(call);
        List<Expr> args = arguments(call, 0);
        switch (method) {
            case "WithDescription" -> draft.description = args.isEmpty() ? null : values.str(args.get(0));
            case "WithTitleAnnotation" -> draft.title = args.isEmpty() ? null : textOrNull(values.str(args.get(0)));
            case "WithReadOnlyHintAnnotation" -> draft.readOnly = args.isEmpty() ? null : values.bool(args.get(0));
            case "WithDestructiveHintAnnotation" -> draft.destructive = args.isEmpty() ? null : values.bool(args.get(0));
            case "WithIdempotentHintAnnotation" -> draft.idempotent = args.isEmpty() ? null : values.bool(args.get(0));
            case "WithOpenWorldHintAnnotation" -> draft.openWorld = args.isEmpty() ? null : values.bool(args.get(0));
            case "WithToolAnnotation" -> draft.annotations(args.isEmpty() ? null : json.json(args.get(0)));
            case "WithRawInputSchema" -> draft.schema = args.isEmpty() ? null : json.json(args.get(0));
            case "WithInputSchema" -> {
                TSNode type = typeArgument(call);
                List<ToolParam> params = type == null ? null : structs.params(call.file(), type);
                if (params != null) {
                    params.forEach(draft::param);
                }
            }
            default -> {
                if (PARAM_TYPES.containsKey(method) && !args.isEmpty()) {
                    param(draft, PARAM_TYPES.get(method), args);
                } else if (values.resolver().callee(call) != null) {
                    helper(draft, call, depth);
                }
            }
        }
    }

    private static String textOrNull(Str str) {
        return str.complete() || !str.text().isEmpty() ? str.text() : null;
    }

    /** A project helper: an option it returns, or the options a returned closure applies as WithX(...)(tool). */
    private void helper(ToolDraft draft, Expr call, int depth) {
        Expr returned = values.deref(call);
        if (returned == null || GoSyntax.same(returned.node(), call.node())) {
            return;
        }
        if (returned.type().equals("func_literal")) {
            for (TSNode inner : GoSyntax.descendants(returned.node(), java.util.Set.of("call_expression"))) {
                TSNode function = GoSyntax.field(inner, "function");
                if (function != null && function.getType().equals("call_expression")) {
                    apply(draft, returned.with(function), depth + 1);
                }
            }
        } else {
            apply(draft, returned, depth + 1);
        }
    }

    private void param(ToolDraft draft, String type, List<Expr> args) {
        Str name = values.str(args.get(0));
        if (!name.isName()) {
            return;
        }
        boolean required = false;
        Str description = null;
        List<String> enumValues = new ArrayList<>();
        List<Expr> propertyOptions = new ArrayList<>(args.subList(1, args.size()));
        for (int i = 0; i < propertyOptions.size() && i < 64; i++) {
            Expr option = values.deref(propertyOptions.get(i));
            if (option == null || !option.type().equals("call_expression")) {
                continue;
            }
            String method = method(option);
            List<Expr> optionArgs = arguments(option, 0);
            switch (method) {
                case "Required" -> required = true;
                case "Description" -> description = optionArgs.isEmpty() ? null : values.str(optionArgs.get(0));
                case "Enum" -> optionArgs.forEach(a -> {
                    Str value = values.str(a);
                    if (value.complete()) {
                        enumValues.add(value.text());
                    }
                });
                default -> {
                }
            }
        }
        String text = description == null || (!description.complete() && description.text().isEmpty())
                ? null : description.text();
        draft.param(new ToolParam(name.text(), type, required, text, enumValues));
    }

    /** The name of the function a call calls: the selector's field or the identifier. */
    static String method(Expr call) {
        TSNode function = GoSyntax.unwrap(GoSyntax.field(call.node(), "function"));
        if (function != null && function.getType().equals("index_expression")) {
            function = GoSyntax.field(function, "operand");
        }
        if (function == null) {
            return "";
        }
        if (function.getType().equals("selector_expression")) {
            return call.file().text(GoSyntax.field(function, "field"));
        }
        return function.getType().equals("identifier") ? call.file().text(function) : "";
    }

    /** T of WithInputSchema[T](), written as an index expression or with type arguments. */
    private static TSNode typeArgument(Expr call) {
        TSNode function = GoSyntax.field(call.node(), "function");
        if (function != null && function.getType().equals("index_expression")) {
            return GoSyntax.field(function, "index");
        }
        TSNode typeArgs = GoSyntax.field(call.node(), "type_arguments");
        if (typeArgs != null && typeArgs.getNamedChildCount() > 0) {
            TSNode elem = typeArgs.getNamedChild(0);
            return elem.getNamedChildCount() > 0 ? elem.getNamedChild(0) : elem;
        }
        return null;
    }
}
