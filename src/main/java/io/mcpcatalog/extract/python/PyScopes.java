package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.Optional;
import org.treesitter.TSNode;

/** Names bound inside function bodies and class bodies (module-level names are {@link PyModule}'s). */
final class PyScopes {

    private static final int MAX_NESTING = 8;

    private PyScopes() {
    }

    /**
     * The latest binding of {@code name} before {@code use} in the functions enclosing it, innermost first:
     * a nested def or class, or an assigned value. Empty when the name is not local.
     */
    static Optional<TSNode> local(ParsedFile file, TSNode use, String name) {
        TSNode scope = use.getParent();
        while (PyAst.present(scope)) {
            if (scope.getType().equals("function_definition")) {
                TSNode found = search(file, scope.getChildByFieldName("body"), name, use.getStartByte(), 0);
                if (found != null) {
                    return Optional.of(found);
                }
            }
            scope = scope.getParent();
        }
        return Optional.empty();
    }

    private static TSNode search(ParsedFile file, TSNode block, String name, int before, int nesting) {
        if (!PyAst.present(block) || nesting > MAX_NESTING) {
            return null;
        }
        TSNode found = null;
        for (TSNode statement : PyAst.named(block)) {
            if (statement.getStartByte() >= before) {
                break;
            }
            TSNode hit = binding(file, statement, name);
            if (hit != null) {
                found = hit;
                continue;
            }
            switch (statement.getType()) {
                case "if_statement", "for_statement", "while_statement", "try_statement", "with_statement",
                        "else_clause", "elif_clause", "except_clause", "finally_clause", "block" -> {
                    for (TSNode child : PyAst.named(statement)) {
                        if (child.getType().equals("block") || child.getType().endsWith("_clause")) {
                            TSNode inner = search(file, child.getType().equals("block") ? child : child, name, before, nesting + 1);
                            if (inner != null) {
                                found = inner;
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        return found;
    }

    /** What one statement binds to {@code name}, if it does: a def, a class or an assigned value. */
    private static TSNode binding(ParsedFile file, TSNode statement, String name) {
        TSNode definition = statement;
        if (PyAst.is(statement, "decorated_definition")) {
            definition = statement.getChildByFieldName("definition");
        }
        if (PyAst.is(definition, "function_definition") || PyAst.is(definition, "class_definition")) {
            TSNode defined = definition.getChildByFieldName("name");
            return PyAst.present(defined) && file.text(defined).equals(name) ? definition : null;
        }
        if (PyAst.is(statement, "expression_statement") && statement.getNamedChildCount() == 1) {
            TSNode assignment = statement.getNamedChild(0);
            if (PyAst.is(assignment, "assignment")) {
                TSNode left = assignment.getChildByFieldName("left");
                TSNode right = assignment.getChildByFieldName("right");
                if (PyAst.is(left, "identifier") && file.text(left).equals(name) && PyAst.present(right)) {
                    return right;
                }
            }
        }
        return null;
    }

    /** A member of a class body: a method, a nested class, or a class attribute's value. */
    static Optional<TSNode> classMember(ParsedFile file, TSNode classDefinition, String name) {
        TSNode body = classDefinition.getChildByFieldName("body");
        TSNode found = null;
        for (TSNode statement : PyAst.named(body)) {
            TSNode hit = binding(file, statement, name);
            if (hit != null) {
                found = hit;
            }
        }
        return Optional.ofNullable(found);
    }
}
