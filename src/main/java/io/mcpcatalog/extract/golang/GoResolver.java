package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * Resolves names in Go code: locals of the enclosing functions, parameters (bound to a call's arguments, or not),
 * package-level constants, variables, functions and types of the same folder or of an imported folder of the tree.
 */
final class GoResolver {

    /** What a name stands for. */
    sealed interface Ref permits Value, Embedded, Bound, Func, Unbound, Unknown {
    }

    /** A value expression (an initialiser or the last assignment before the use). */
    record Value(Expr expr) implements Ref {
    }

    /** A string variable filled from a file of the tree by a //go:embed directive. */
    record Embedded(String text) implements Ref {
    }

    /** A parameter bound to a call's argument. */
    record Bound(Env.Arg arg) implements Ref {
    }

    /** A top-level declaration that is not a value: a function, method or type. */
    record Func(GoSession.Decl decl) implements Ref {
    }

    /** A parameter of a helper evaluated as written, with no call to bind it: its value is the caller's. */
    record Unbound() implements Ref {
    }

    record Unknown() implements Ref {
    }

    static final Ref UNBOUND = new Unbound();
    static final Ref UNKNOWN = new Unknown();

    private final GoSession session;
    private final GoValues values;

    GoResolver(GoSession session, GoValues values) {
        this.session = session;
        this.values = values;
    }

    GoSession session() {
        return session;
    }

    /** What the identifier {@code use} stands for at its place. */
    Ref identifier(Expr use) {
        ParsedFile file = use.file();
        String name = use.text();
        if (name.equals("_")) {
            return UNKNOWN;
        }
        int position = use.node().getStartByte();
        for (TSNode function = session.enclosingFunction(use.file(), use.node()); function != null;
                function = session.enclosingFunction(use.file(), function)) {
            GoLocals locals = session.locals(file, function);
            List<GoLocals.Def> defs = locals.before(name, function, position);
            for (int i = defs.size() - 1; i >= 0; i--) {
                GoLocals.Def def = defs.get(i);
                if (def.kind() == GoLocals.Kind.INDEX || def.kind() == GoLocals.Kind.MERGE || excluded(use, def)) {
                    continue;
                }
                if (guardedByUnbound(use, def)) {
                    return UNBOUND;
                }
                return def.kind() == GoLocals.Kind.DEFINE || def.kind() == GoLocals.Kind.ASSIGN
                        ? new Value(use.with(def.value())) : UNKNOWN;
            }
            if (locals.param(name) != null) {
                if (use.env().binds(file.path(), function)) {
                    Env.Arg arg = use.env().bindings().get(name);
                    return arg == null ? UNKNOWN : new Bound(arg);
                }
                return function.getType().equals("func_literal") ? UNKNOWN : UNBOUND;
            }
            if (locals.isReceiver(name)) {
                return UNKNOWN;
            }
        }
        return topLevel(GoSession.dirOf(file.path()), name);
    }

    /** A write guarded by an if whose condition is known to be false (or an else whose condition is true) is skipped. */
    boolean excluded(Expr use, GoLocals.Def def) {
        for (GoLocals.Guard guard : def.guards()) {
            if (guard.condition() == null || GoSyntax.contains(guard.statement(), use.node())) {
                continue;
            }
            Boolean holds = values.bool(use.with(guard.condition()));
            if (holds != null && holds != guard.consequence()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every write to the local named by {@code use} before it, made by the innermost enclosing function that writes
     * it at all; empty when the name is not a local (a parameter or a package-level name).
     */
    List<GoLocals.Def> localWrites(Expr use) {
        String name = use.text();
        int position = use.node().getStartByte();
        for (TSNode function = session.enclosingFunction(use.file(), use.node()); function != null;
                function = session.enclosingFunction(use.file(), function)) {
            GoLocals locals = session.locals(use.file(), function);
            List<GoLocals.Def> defs = locals.before(name, function, position);
            if (!defs.isEmpty()) {
                return defs;
            }
            if (locals.param(name) != null || locals.isReceiver(name)) {
                return List.of();
            }
        }
        return List.of();
    }

    /** Whether a write happens under an if whose condition depends on a parameter left unbound (a helper's choice). */
    private boolean guardedByUnbound(Expr use, GoLocals.Def def) {
        for (GoLocals.Guard guard : def.guards()) {
            if (guard.condition() != null && !GoSyntax.contains(guard.statement(), use.node())
                    && values.mentionsUnbound(use.with(guard.condition()))) {
                return true;
            }
        }
        return false;
    }

    /** A package-level name of folder {@code dir}. */
    Ref topLevel(String dir, String name) {
        List<GoSession.Decl> decls = session.decls(dir, name);
        if (decls.size() != 1) {
            return UNKNOWN;
        }
        GoSession.Decl decl = decls.get(0);
        if (decl.kind().equals("const") || decl.kind().equals("var")) {
            if (decl.value() == null) {
                return GoEmbeds.text(session.index(), decl).<Ref>map(Embedded::new).orElse(UNKNOWN);
            }
            return new Value(new Expr(decl.file(), decl.value(), Env.NONE));
        }
        return new Func(decl);
    }

    /** The folder an identifier names when it is an import of the file that leads into the tree, else null. */
    String packageDir(ParsedFile file, TSNode operand) {
        if (operand == null || !operand.getType().equals("identifier")) {
            return null;
        }
        return session.importDir(file, file.text(operand));
    }

    /** Whether an identifier is the name of an import of its file (and not shadowed by a local). */
    boolean isImport(Expr use) {
        return use.type().equals("identifier") && session.imports(use.file()).containsKey(use.text())
                && identifier(use) instanceof Unknown;
    }

    /** What a selector such as pkg.Name stands for, when pkg is an import of the tree. */
    Ref selector(Expr selector) {
        TSNode operand = GoSyntax.field(selector.node(), "operand");
        TSNode field = GoSyntax.field(selector.node(), "field");
        String dir = packageDir(selector.file(), operand);
        if (dir == null || field == null) {
            return UNKNOWN;
        }
        return topLevel(dir, selector.file().text(field));
    }

    /** The function or method a call's callee names, when it is declared in the tree. */
    GoSession.Decl callee(Expr call) {
        TSNode function = GoSyntax.unwrap(GoSyntax.field(call.node(), "function"));
        if (function == null) {
            return null;
        }
        Ref ref = UNKNOWN;
        if (function.getType().equals("identifier")) {
            ref = identifier(call.with(function));
        } else if (function.getType().equals("selector_expression")) {
            ref = selector(call.with(function));
            if (ref instanceof Unknown && packageDir(call.file(), GoSyntax.field(function, "operand")) == null
                    && !session.imports(call.file()).containsKey(call.file().text(GoSyntax.field(function, "operand")))) {
                TSNode field = GoSyntax.field(function, "field");
                List<GoSession.Decl> methods = session.decls(GoSession.dirOf(call.file().path()), "." + call.file().text(field));
                ref = methods.size() == 1 ? new Func(methods.get(0)) : UNKNOWN;
            }
        }
        if (ref instanceof Func func && (func.decl().kind().equals("func") || func.decl().kind().equals("method"))) {
            return func.decl();
        }
        return null;
    }

    /** The environment of one call of {@code decl}: its parameters bound to the call's arguments. */
    Env bind(GoSession.Decl decl, Expr call) {
        GoLocals locals = session.locals(decl.file(), decl.node());
        List<TSNode> args = GoSyntax.named(GoSyntax.field(call.node(), "arguments"));
        Map<String, Env.Arg> bindings = new HashMap<>();
        for (GoLocals.Param param : locals.params()) {
            int at = param.position();
            if (param.variadic()) {
                List<Expr> rest = new ArrayList<>();
                Expr spread = null;
                for (int i = at; i < args.size(); i++) {
                    if (args.get(i).getType().equals("variadic_argument")) {
                        spread = call.with(args.get(i).getNamedChild(0));
                    } else {
                        rest.add(call.with(args.get(i)));
                    }
                }
                bindings.put(param.name(), new Env.Arg(rest, true, spread));
            } else if (at < args.size()) {
                bindings.put(param.name(), new Env.Arg(List.of(call.with(args.get(at))), false, null));
            }
        }
        return new Env(decl.file().path(), decl.node(), bindings, call.env().depth() + 1);
    }

    /** The {@code index}-th expression the function returns (its last top-level return, else its first return). */
    Expr returned(GoSession.Decl decl, Env env, int index) {
        TSNode body = GoSyntax.field(decl.node(), "body");
        if (body == null) {
            return null;
        }
        TSNode chosen = null;
        for (TSNode statement : GoSyntax.named(statements(body))) {
            if (statement.getType().equals("return_statement")) {
                chosen = statement;
            }
        }
        if (chosen == null) {
            List<TSNode> returns = GoSyntax.descendants(body, java.util.Set.of("return_statement"));
            for (TSNode r : returns) {
                if (GoSyntax.same(session.enclosingFunction(decl.file(), r), decl.node())) {
                    chosen = r;
                    break;
                }
            }
        }
        if (chosen == null || chosen.getNamedChildCount() == 0) {
            return null;
        }
        List<TSNode> list = GoSyntax.named(chosen.getNamedChild(0));
        return index < list.size() ? new Expr(decl.file(), list.get(index), env) : null;
    }

    static TSNode statements(TSNode block) {
        for (TSNode child : GoSyntax.named(block)) {
            if (child.getType().equals("statement_list")) {
                return child;
            }
        }
        return block;
    }
}
