package io.mcpcatalog.extract.golang;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/** Reads one tool site (a NewTool call or a Tool literal) into a draft: name, description, input schema, hints. */
final class GoToolReader {

    /** Handler parameters that carry the request, not the tool's input. */
    private static final Pattern NOT_INPUT = Pattern.compile(
            "^(\\*?context\\.Context|.*CallToolRequest.*|.*ServerSession.*|.*Request\\b.*|\\*?http\\..*)$");

    private final GoToolSites sites;
    private final GoValues values;

    GoToolReader(GoToolSites sites) {
        this.sites = sites;
        this.values = sites.values;
    }

    /** The name of a site, as far as it is known where it is evaluated. */
    Str siteName(Expr site) {
        if (site.type().equals("call_expression")) {
            List<TSNode> args = GoSyntax.named(GoSyntax.field(site.node(), "arguments"));
            return args.isEmpty() ? Str.UNKNOWN : values.str(site.with(args.get(0)));
        }
        Expr name = values.field(site, "Name");
        return name == null ? Str.UNKNOWN : values.str(name);
    }

    ToolDraft newTool(Expr call) {
        ToolDraft draft = new ToolDraft();
        draft.name = siteName(call);
        List<TSNode> args = GoSyntax.named(GoSyntax.field(call.node(), "arguments"));
        if (McpGoOptions.method(call).equals("NewToolWithRawSchema")) {
            draft.description = args.size() > 1 ? values.str(call.with(args.get(1))) : null;
            draft.schema = args.size() > 2 ? objectOrNull(sites.json.json(call.with(args.get(2)))) : null;
            return draft;
        }
        List<Expr> rest = sites.options.arguments(call, 1);
        for (int i = 0; i < rest.size(); i++) {
            Expr arg = rest.get(i);
            TSNode node = GoSyntax.unwrap(arg.node());
            if (i == 0 && !args.isEmpty() && args.size() > 1 && !args.get(1).getType().equals("variadic_argument")
                    && !"call_expression".equals(node.getType())) {
                Str text = values.str(arg);
                if (text.complete() || !text.text().isEmpty()) {
                    draft.description = text;
                    continue;
                }
            }
            Expr target = values.deref(arg);
            if (target != null && target.type().equals("composite_literal")) {
                List<ToolParam> params = sites.structs.params(target.file(), GoSyntax.field(target.node(), "type"));
                if (params != null) {
                    params.forEach(draft::param);
                }
                continue;
            }
            sites.options.apply(draft, List.of(arg), 0);
        }
        return draft;
    }

    ToolDraft literal(Expr literal) {
        ToolDraft draft = new ToolDraft();
        draft.name = siteName(literal);
        Expr description = values.field(literal, "Description");
        draft.description = description == null ? null : values.str(description);
        Expr annotations = values.field(literal, "Annotations");
        if (annotations != null) {
            draft.annotations(sites.json.json(annotations));
        }
        Expr schema = values.field(literal, "InputSchema");
        if (schema != null) {
            draft.schema = objectOrNull(sites.json.json(schema));
        }
        applyBoundOptions(draft, literal);
        if (!draft.hasInput()) {
            reflectFromRegistration(draft, literal);
        }
        return draft;
    }

    private static JsonNode objectOrNull(JsonNode node) {
        return node != null && node.isObject() && (node.has("properties") || node.has("type")) ? node : null;
    }

    /** Options passed to a helper's variadic ...ToolOption parameter and applied to the literal it builds. */
    private void applyBoundOptions(ToolDraft draft, Expr literal) {
        Env env = literal.env();
        if (env.function() == null) {
            return;
        }
        GoLocals locals = sites.session.locals(literal.file(), env.function());
        for (GoLocals.Param param : locals.params()) {
            Env.Arg arg = env.bindings().get(param.name());
            if (param.variadic() && arg != null && param.type() != null
                    && literal.file().text(param.type()).contains("Option")) {
                List<Expr> options = new java.util.ArrayList<>(arg.values());
                if (arg.spread() != null) {
                    options.addAll(values.elements(arg.spread()));
                }
                sites.options.apply(draft, options, 0);
            }
        }
    }

    /** go-sdk's mcp.AddTool(server, tool, handler): the input schema is reflected from the handler's input type. */
    private void reflectFromRegistration(ToolDraft draft, Expr literal) {
        TSNode node = literal.node();
        TSNode parent = GoSyntax.parent(node);
        if (parent != null && parent.getType().equals("unary_expression")) {
            node = parent;
            parent = GoSyntax.parent(node);
        }
        if (parent != null && parent.getType().equals("argument_list")) {
            reflectFromArguments(draft, literal.with(GoSyntax.parent(parent)), node.getEndByte());
            return;
        }
        TSNode declaration = parent == null ? null : GoSyntax.parent(parent);
        if (parent != null && parent.getType().equals("expression_list") && declaration != null
                && declaration.getType().equals("return_statement")) {
            // A constructor that returns the tool beside its handler, registered elsewhere through a generic helper:
            // "return mcp.Tool{...}, func(ctx, request, args In) {...}".
            reflectFromList(draft, literal.with(parent), node.getEndByte());
            return;
        }
        if (parent != null && parent.getType().equals("expression_list") && declaration != null
                && (declaration.getType().equals("short_var_declaration") || declaration.getType().equals("var_spec")
                || declaration.getType().equals("assignment_statement"))) {
            TSNode left = GoSyntax.field(declaration, "left");
            if (left == null) {
                left = GoSyntax.field(declaration, "name");
            }
            TSNode function = sites.session.enclosingFunction(literal.file(), declaration);
            if (left == null || function == null) {
                return;
            }
            String name = literal.file().text(left.getType().equals("expression_list") ? left.getNamedChild(0) : left);
            for (TSNode call : GoSyntax.descendants(function, Set.of("call_expression"))) {
                List<TSNode> args = GoSyntax.named(GoSyntax.field(call, "arguments"));
                for (TSNode arg : args) {
                    TSNode inner = GoSyntax.unwrap(arg);
                    if (inner.getType().equals("unary_expression")) {
                        inner = GoSyntax.field(inner, "operand");
                    }
                    if (call.getStartByte() > declaration.getStartByte() && inner != null
                            && literal.file().text(inner).equals(name)) {
                        reflectFromArguments(draft, literal.with(call), arg.getEndByte());
                        if (draft.hasInput()) {
                            return;
                        }
                    }
                }
            }
        }
    }

    /** Tries the arguments of a call that start after byte {@code after} as handlers whose input type is reflected. */
    void reflectFromArguments(ToolDraft draft, Expr call, int after) {
        reflectFromList(draft, call.with(GoSyntax.field(call.node(), "arguments")), after);
    }

    /** Tries the expressions of a list (call arguments, returned values) after byte {@code after} as handlers. */
    private void reflectFromList(ToolDraft draft, Expr list, int after) {
        for (TSNode arg : GoSyntax.named(list.node())) {
            if (arg.getStartByte() >= after) {
                List<ToolParam> params = handlerInput(list.with(arg));
                if (params != null) {
                    params.forEach(draft::param);
                    return;
                }
            }
        }
    }

    /** The parameters reflected from a handler function's input struct, or null when it has none. */
    private List<ToolParam> handlerInput(Expr handler) {
        TSNode node = GoSyntax.unwrap(handler.node());
        ParsedFile file = handler.file();
        TSNode function = null;
        if (node != null && node.getType().equals("func_literal")) {
            function = node;
        } else if (node != null && (node.getType().equals("identifier") || node.getType().equals("selector_expression"))) {
            GoResolver.Ref ref = node.getType().equals("identifier") ? values.resolver().identifier(handler.with(node))
                    : values.resolver().selector(handler.with(node));
            if (ref instanceof GoResolver.Func func && !func.decl().kind().equals("type")) {
                function = func.decl().node();
                file = func.decl().file();
            } else if (node.getType().equals("selector_expression")) {
                String method = handler.file().text(GoSyntax.field(node, "field"));
                List<GoSession.Decl> methods = sites.session.decls(GoSession.dirOf(handler.file().path()), "." + method);
                if (methods.size() == 1) {
                    function = methods.get(0).node();
                    file = methods.get(0).file();
                }
            } else if (ref instanceof GoResolver.Value value) {
                return value.expr().type().equals("func_literal") ? handlerInput(value.expr()) : null;
            }
        }
        if (function == null) {
            return null;
        }
        List<TSNode> declarations = GoSyntax.named(GoSyntax.field(function, "parameters"));
        for (int i = declarations.size() - 1; i >= 1; i--) {
            TSNode type = GoSyntax.field(declarations.get(i), "type");
            if (type == null || NOT_INPUT.matcher(file.text(type)).matches()) {
                continue;
            }
            List<ToolParam> params = sites.structs.params(file, type);
            if (params != null) {
                return params;
            }
        }
        return null;
    }
}
