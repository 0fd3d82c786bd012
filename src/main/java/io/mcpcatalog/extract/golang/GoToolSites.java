package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treesitter.TSNode;

/**
 * The places a Go tool is defined: mcp-go NewTool calls, Tool struct literals, and calls of project helpers that
 * build a tool from their parameters. A helper is a function in which a tool's name depends on a parameter; such a
 * tool is read at each call of the helper, with the parameters bound to that call's arguments.
 */
final class GoToolSites {

    static final String NEW_TOOL = "go-mcp-go-newtool";
    static final String STRUCT = "go-tool-struct";
    static final String HELPER = "go-tool-helper-call";
    private static final int MAX_HELPER_DEPTH = 6;

    final GoSession session;
    final GoValues values;
    final GoResolver resolver;
    final GoJson json;
    final GoStructSchema structs;
    final McpGoOptions options;
    private final GoToolReader reader;

    GoToolSites(SourceIndex index) {
        this.session = GoSession.of(index);
        this.values = new GoValues(session);
        this.resolver = values.resolver();
        this.json = new GoJson(values);
        this.structs = new GoStructSchema(resolver);
        this.options = new McpGoOptions(values, json, structs);
        this.reader = new GoToolReader(this);
    }

    /** mcp-go NewTool calls under a node, whose package is an import with "mcp" in its path. */
    List<TSNode> newToolCalls(ParsedFile file, TSNode within) {
        return within(session.sites.computeIfAbsent(file.path() + "#" + NEW_TOOL, k -> {
            List<TSNode> calls = new ArrayList<>();
            if (!file.source().text().contains("NewTool")) {
                return calls;
            }
            for (QueryMatch match : PatternQuery.of(Language.GO, NEW_TOOL).matches(file)) {
                String alias = file.text(match.first("package").orElseThrow());
                if (isSdkImport(session.imports(file).get(alias)) && session.importDir(file, alias) == null) {
                    calls.add(match.first("call").orElseThrow());
                }
            }
            return calls;
        }), within);
    }

    /** An MCP SDK package from outside the tree: its path names mcp, and so does its last element (or "protocol"). */
    private static boolean isSdkImport(String path) {
        if (path == null) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.contains("mcp") && (last.contains("mcp") || last.equals("protocol"));
    }

    private static List<TSNode> within(List<TSNode> nodes, TSNode within) {
        List<TSNode> inside = new ArrayList<>();
        for (TSNode node : nodes) {
            if (GoSyntax.contains(within, node)) {
                inside.add(node);
            }
        }
        return inside;
    }

    /** Tool struct literals under a node that set a Name. */
    List<TSNode> toolLiterals(ParsedFile file, TSNode within) {
        return within(session.sites.computeIfAbsent(file.path() + "#" + STRUCT, k -> literals(file)), within);
    }

    private List<TSNode> literals(ParsedFile file) {
        List<TSNode> literals = new ArrayList<>();
        if (!file.source().text().contains("Tool{")) {
            return literals;
        }
        for (QueryMatch match : PatternQuery.of(Language.GO, STRUCT).matches(file)) {
            TSNode body = match.first("body").orElseThrow();
            for (TSNode element : GoSyntax.named(body)) {
                TSNode key = element.getType().equals("keyed_element") ? GoSyntax.unwrap(GoSyntax.field(element, "key")) : null;
                if (key != null && file.text(key).equals("Name")) {
                    literals.add(match.first("literal").orElseThrow());
                    break;
                }
            }
        }
        return literals;
    }

    /**
     * The names of the tree's tool-building helpers: functions holding a tool site named by a parameter, then,
     * until nothing changes, functions that pass a parameter on to one of those. Files that call none of these
     * names are not searched for helper calls at all. Each helper found is recorded in the session's templates.
     */
    java.util.Set<String> helperNames() {
        java.util.Set<String> known = session.helperNames;
        if (known != null) {
            return known;
        }
        synchronized (session) {
            if (session.helperNames != null) {
                return session.helperNames;
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            session.helperNamesSoFar = names;
            List<String> files = session.goFiles();
            for (String path : files) {
                String text = session.index().text(path).orElse("");
                if (text.contains("NewTool") || text.contains("Tool{")) {
                    session.parse(path).ifPresent(file -> {
                        List<TSNode> found = new ArrayList<>(newToolCalls(file, file.root()));
                        found.addAll(toolLiterals(file, file.root()));
                        addHelpers(file, found, names, true);
                    });
                }
            }
            for (int round = 0; round < MAX_HELPER_DEPTH && !names.isEmpty(); round++) {
                java.util.Set<String> before = new java.util.HashSet<>(names);
                for (String path : files) {
                    String text = session.index().text(path).orElse("");
                    if (before.stream().anyMatch(name -> text.contains(name + "("))) {
                        session.parse(path).ifPresent(file -> addHelpers(file, calls(file, file.root()).stream()
                                .filter(call -> before.contains(calleeName(file, call))).toList(), names, false));
                    }
                }
                if (names.equals(before)) {
                    break;
                }
            }
            session.helperNames = names;
            return names;
        }
    }

    /** Adds the functions around the given sites (tool sites, or calls of known helpers) that are helpers. */
    private void addHelpers(ParsedFile file, List<TSNode> found, java.util.Set<String> names, boolean direct) {
        for (TSNode site : found) {
            TSNode function = session.enclosingFunction(file, site);
            while (function != null && function.getType().equals("func_literal")) {
                function = session.enclosingFunction(file, function);
            }
            TSNode name = GoSyntax.field(function, "name");
            if (name == null) {
                continue;
            }
            String kind = function.getType().equals("method_declaration") ? "method" : "func";
            GoSession.Decl decl = new GoSession.Decl(kind, file.text(name), file, function, null);
            String key = GoSession.key(file, function);
            if (Boolean.TRUE.equals(session.templates.get(key))) {
                continue;
            }
            try {
                if (direct ? namesUnbound(decl, site) : passesOn(decl, site)) {
                    session.templates.put(key, true);
                    names.add(file.text(name));
                }
            } catch (RuntimeException | StackOverflowError e) {
                // not followed: the function is not taken as a helper
            }
        }
    }

    /** Whether a tool site inside a function is named by one of the function's parameters. */
    private boolean namesUnbound(GoSession.Decl decl, TSNode site) {
        return !session.locals(decl.file(), decl.node()).params().isEmpty()
                && reader.siteName(new Expr(decl.file(), site, Env.NONE)).unbound();
    }

    /** Whether a call of a known helper inside a function passes one of the function's parameters on as a name. */
    private boolean passesOn(GoSession.Decl decl, TSNode node) {
        GoLocals locals = session.locals(decl.file(), decl.node());
        if (locals.params().isEmpty()) {
            return false;
        }
        Expr call = new Expr(decl.file(), node, Env.NONE);
        GoSession.Decl callee = resolver.callee(call);
        return callee != null && !GoSyntax.same(callee.node(), decl.node()) && isTemplate(callee)
                && helper(call, callee).stream().anyMatch(d -> d.name.unbound());
    }

    private static String calleeName(ParsedFile file, TSNode call) {
        TSNode function = GoSyntax.unwrap(GoSyntax.field(call, "function"));
        if (function != null && function.getType().equals("selector_expression")) {
            function = GoSyntax.field(function, "field");
        }
        return function == null ? "" : file.text(function);
    }

    /** Calls under a node whose callee is a tool-building helper of the tree, with that helper. */
    List<HelperCall> helperCalls(ParsedFile file, TSNode within, Env env) {
        List<HelperCall> calls = new ArrayList<>();
        java.util.Set<String> names = session.helperNames != null ? session.helperNames
                : session.helperNamesSoFar != null ? session.helperNamesSoFar : helperNames();
        String text = file.source().text();
        if (names.stream().noneMatch(name -> text.contains(name + "("))) {
            return calls;
        }
        for (TSNode node : calls(file, within)) {
            if (!names.contains(calleeName(file, node))) {
                continue;
            }
            Expr call = new Expr(file, node, env);
            GoSession.Decl callee = resolver.callee(call);
            if (callee != null && isTemplate(callee)) {
                calls.add(new HelperCall(call, callee));
            }
        }
        return calls;
    }

    /** The calls with arguments under a node (candidates for helper calls). */
    private List<TSNode> calls(ParsedFile file, TSNode within) {
        return within(session.sites.computeIfAbsent(file.path() + "#" + HELPER, k -> {
            List<TSNode> calls = new ArrayList<>();
            for (QueryMatch match : PatternQuery.of(Language.GO, HELPER).matches(file)) {
                if (match.first("arguments").orElseThrow().getNamedChildCount() > 0) {
                    calls.add(match.first("call").orElseThrow());
                }
            }
            return calls;
        }), within);
    }

    record HelperCall(Expr call, GoSession.Decl callee) {
    }

    /** Whether a function builds a tool whose name is one of its parameters (directly or through another helper). */
    boolean isTemplate(GoSession.Decl decl) {
        if (session.helperNames == null && session.helperNamesSoFar == null) {
            helperNames();
        }
        return Boolean.TRUE.equals(session.templates.get(GoSession.key(decl.file(), decl.node())));
    }

    ToolDraft newTool(Expr call) {
        return reader.newTool(call);
    }

    ToolDraft literal(Expr literal) {
        return reader.literal(literal);
    }

    /** The tools one call of a helper builds: its tool sites whose name is a parameter, read with the call's arguments. */
    List<ToolDraft> helper(Expr call, GoSession.Decl callee) {
        List<ToolDraft> drafts = new ArrayList<>();
        if (call.env().depth() >= MAX_HELPER_DEPTH) {
            return drafts;
        }
        Env env = resolver.bind(callee, call);
        ParsedFile file = callee.file();
        for (TSNode site : newToolCalls(file, callee.node())) {
            if (reader.siteName(new Expr(file, site, Env.NONE)).unbound()) {
                drafts.add(reader.newTool(new Expr(file, site, env)));
            }
        }
        for (TSNode site : toolLiterals(file, callee.node())) {
            if (reader.siteName(new Expr(file, site, Env.NONE)).unbound()) {
                drafts.add(reader.literal(new Expr(file, site, env)));
            }
        }
        for (HelperCall inner : helperCalls(file, callee.node(), env)) {
            if (GoSyntax.same(inner.callee().node(), callee.node())) {
                continue;
            }
            List<ToolDraft> asWritten = helper(inner.call().atNone(), inner.callee());
            List<ToolDraft> bound = helper(inner.call(), inner.callee());
            for (int i = 0; i < bound.size() && i < asWritten.size(); i++) {
                if (asWritten.get(i).name.unbound()) {
                    drafts.add(bound.get(i));
                }
            }
        }
        for (ToolDraft draft : drafts) {
            if (!draft.hasInput()) {
                reader.reflectFromArguments(draft, call, 0);
            }
        }
        return drafts;
    }
}
