package io.mcpcatalog.extract.golang;

import java.util.List;
import org.treesitter.TSNode;

/**
 * Runs a helper function's body just enough to know the string it returns: returns in order, and ifs whose
 * condition can be decided; an if that cannot be decided is passed over (its fall-through is taken as the answer).
 */
final class GoFunctions {

    private GoFunctions() {
    }

    static Str returnStr(GoValues values, GoSession.Decl decl, Env env) {
        TSNode body = GoSyntax.field(decl.node(), "body");
        return body == null ? null : run(values, decl, env, body);
    }

    private static Str run(GoValues values, GoSession.Decl decl, Env env, TSNode block) {
        for (TSNode statement : GoSyntax.named(GoResolver.statements(block))) {
            Str result = switch (statement.getType()) {
                case "return_statement" -> {
                    List<TSNode> list = statement.getNamedChildCount() == 0 ? List.of() : GoSyntax.named(statement.getNamedChild(0));
                    yield list.isEmpty() ? Str.UNKNOWN : values.str(new Expr(decl.file(), list.get(0), env));
                }
                case "if_statement" -> runIf(values, decl, env, statement);
                case "block" -> run(values, decl, env, statement);
                default -> null;
            };
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    private static Str runIf(GoValues values, GoSession.Decl decl, Env env, TSNode statement) {
        TSNode condition = GoSyntax.field(statement, "condition");
        Boolean holds = condition == null ? null : values.bool(new Expr(decl.file(), condition, env));
        if (holds == null) {
            return null;
        }
        TSNode branch = holds ? GoSyntax.field(statement, "consequence") : GoSyntax.field(statement, "alternative");
        if (branch == null) {
            return null;
        }
        return branch.getType().equals("if_statement") ? runIf(values, decl, env, branch) : run(values, decl, env, branch);
    }
}
