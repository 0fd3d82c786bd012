package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/** The parameters of one function and the local names its body defines, assigns, indexes or merges into. */
final class GoLocals {

    enum Kind { DEFINE, ASSIGN, RANGE, INDEX, MERGE, MULTI }

    /** One write to a local name; owner is the innermost function the statement belongs to. */
    record Def(String name, Kind kind, TSNode statement, TSNode value, TSNode key, TSNode owner, int index,
               List<Guard> guards) {
    }

    /** An if around a write: the write happens only when the condition holds (consequence) or fails (else). */
    record Guard(TSNode statement, TSNode condition, boolean consequence) {
    }

    /** A declared parameter: its position among the arguments, and whether it is variadic. */
    record Param(String name, int position, boolean variadic, TSNode type) {
    }

    private static final Set<String> WRITES = Set.of("short_var_declaration", "assignment_statement", "var_spec",
            "const_spec", "range_clause", "call_expression");

    private final Map<String, List<Def>> defs = new HashMap<>();
    private final Map<String, Param> params = new HashMap<>();
    private final List<Param> ordered = new ArrayList<>();
    private final java.util.Set<String> receivers = new java.util.HashSet<>();

    private final ParsedFile file;
    private final TSNode function;
    private boolean walked;

    private GoLocals(ParsedFile file, TSNode function) {
        this.file = file;
        this.function = function;
    }

    static GoLocals of(ParsedFile file, TSNode function) {
        GoLocals locals = new GoLocals(file, function);
        locals.readParams(file, GoSyntax.field(function, "parameters"));
        TSNode receiver = GoSyntax.field(function, "receiver");
        if (receiver != null) {
            for (TSNode declaration : GoSyntax.named(receiver)) {
                GoSyntax.fieldAll(declaration, "name").forEach(n -> locals.receivers.add(file.text(n)));
            }
        }
        return locals;
    }

    /** The body is read on first need: many functions are only asked for their parameters. */
    private synchronized void walkBody() {
        if (!walked) {
            walked = true;
            TSNode body = GoSyntax.field(function, "body");
            if (body != null) {
                walk(file, body, function, List.of());
            }
        }
    }

    /** Visits the body once, knowing for each write its innermost function and the ifs around it. */
    private void walk(ParsedFile file, TSNode node, TSNode owner, List<Guard> guards) {
        for (int i = 0, n = node.getChildCount(); i < n; i++) {
            TSNode child = node.getChild(i);
            if (!child.isNamed()) {
                continue;
            }
            TSNode childOwner = owner;
            List<Guard> childGuards = guards;
            if (GoSyntax.FUNCTIONS.contains(child.getType())) {
                childOwner = child;
                childGuards = List.of();
            } else if (node.getType().equals("if_statement")) {
                String field = node.getFieldNameForChild(i);
                if ("consequence".equals(field) || "alternative".equals(field)) {
                    childGuards = new ArrayList<>(guards);
                    childGuards.add(new Guard(node, GoSyntax.field(node, "condition"), "consequence".equals(field)));
                }
            }
            if (WRITES.contains(child.getType())) {
                read(file, child, childOwner, childGuards);
            }
            walk(file, child, childOwner, childGuards);
        }
    }

    private void readParams(ParsedFile file, TSNode list) {
        int position = 0;
        for (TSNode declaration : GoSyntax.named(list)) {
            boolean variadic = declaration.getType().equals("variadic_parameter_declaration");
            List<TSNode> names = GoSyntax.fieldAll(declaration, "name");
            TSNode type = GoSyntax.field(declaration, "type");
            if (names.isEmpty()) {
                position++;
                continue;
            }
            for (TSNode name : names) {
                Param param = new Param(file.text(name), position++, variadic, type);
                params.put(param.name(), param);
                ordered.add(param);
            }
        }
    }

    private void read(ParsedFile file, TSNode statement, TSNode owner, List<Guard> guards) {
        switch (statement.getType()) {
            case "short_var_declaration", "assignment_statement" -> {
                String operator = operator(file, statement);
                Kind kind = statement.getType().startsWith("short") ? Kind.DEFINE : Kind.ASSIGN;
                if (!operator.equals("=") && !operator.equals(":=")) {
                    return;
                }
                List<TSNode> left = GoSyntax.named(GoSyntax.field(statement, "left"));
                List<TSNode> right = GoSyntax.named(GoSyntax.field(statement, "right"));
                writes(file, statement, kind, left, right, owner, guards);
            }
            case "var_spec", "const_spec" -> writes(file, statement, Kind.DEFINE, GoSyntax.fieldAll(statement, "name"),
                    GoSyntax.named(GoSyntax.field(statement, "value")), owner, guards);
            case "range_clause" -> {
                for (TSNode name : GoSyntax.named(GoSyntax.field(statement, "left"))) {
                    if (name.getType().equals("identifier")) {
                        add(new Def(file.text(name), Kind.RANGE, statement, GoSyntax.field(statement, "right"), null, owner,
                                0, guards));
                    }
                }
            }
            default -> {
                TSNode function = GoSyntax.field(statement, "function");
                List<TSNode> args = GoSyntax.named(GoSyntax.field(statement, "arguments"));
                if (function != null && file.text(function).equals("maps.Copy") && args.size() == 2
                        && args.get(0).getType().equals("identifier")) {
                    add(new Def(file.text(args.get(0)), Kind.MERGE, statement, args.get(1), null, owner, 0, guards));
                }
            }
        }
    }

    private void writes(ParsedFile file, TSNode statement, Kind kind, List<TSNode> left, List<TSNode> right, TSNode owner,
                        List<Guard> guards) {
        for (int i = 0; i < left.size(); i++) {
            TSNode target = left.get(i);
            if (target.getType().equals("identifier")) {
                if (right.size() == left.size()) {
                    add(new Def(file.text(target), kind, statement, right.get(i), null, owner, i, guards));
                } else if (right.size() == 1) {
                    add(new Def(file.text(target), Kind.MULTI, statement, right.get(0), null, owner, i, guards));
                }
            } else if (target.getType().equals("index_expression") && right.size() == left.size()) {
                TSNode operand = GoSyntax.field(target, "operand");
                if (operand != null && operand.getType().equals("identifier")) {
                    add(new Def(file.text(operand), Kind.INDEX, statement, right.get(i), GoSyntax.field(target, "index"),
                            owner, i, guards));
                }
            }
        }
    }

    private static String operator(ParsedFile file, TSNode statement) {
        for (int i = 0, n = statement.getChildCount(); i < n; i++) {
            TSNode child = statement.getChild(i);
            if (!child.isNamed()) {
                return file.text(child);
            }
        }
        return "";
    }

    private void add(Def def) {
        defs.computeIfAbsent(def.name(), n -> new ArrayList<>()).add(def);
    }

    /** The writes to {@code name} made by {@code owner} itself before byte {@code position}, in order. */
    List<Def> before(String name, TSNode owner, int position) {
        walkBody();
        List<Def> found = new ArrayList<>();
        for (Def def : defs.getOrDefault(name, List.of())) {
            if (def.statement().getStartByte() < position && GoSyntax.same(def.owner(), owner)) {
                found.add(def);
            }
        }
        found.sort(java.util.Comparator.comparingInt(d -> d.statement().getStartByte()));
        return found;
    }

    Param param(String name) {
        return params.get(name);
    }

    List<Param> params() {
        return ordered;
    }

    boolean isReceiver(String name) {
        return receivers.contains(name);
    }
}
