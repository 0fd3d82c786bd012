package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.ParsedFile;
import java.util.Optional;
import org.treesitter.TSNode;

/** What a simple name means inside a member body: a local variable (with its initializer) or a parameter. */
final class CsLocals {

    /** A local name: {@code value} is its initializer, empty for a parameter or a variable without one. */
    record Local(Optional<TSNode> value) {
    }

    private static final String[] MEMBERS = {"method_declaration", "local_function_statement", "lambda_expression",
            "constructor_declaration", "accessor_declaration", "anonymous_method_expression", "compilation_unit"};

    private CsLocals() {
    }

    static Optional<Local> find(ParsedFile file, TSNode use, String name) {
        TSNode scope = use.getParent();
        while (SyntaxNodes.present(scope)) {
            String type = scope.getType();
            if (type.equals("block") || type.equals("global_statement") || type.equals("compilation_unit")) {
                Optional<TSNode> declarator = declarator(file, scope, use, name);
                if (declarator.isPresent()) {
                    TSNode d = declarator.get();
                    java.util.List<TSNode> named = CsNodes.namedChildren(d);
                    return Optional.of(new Local(named.size() >= 2 ? Optional.of(named.get(named.size() - 1)) : Optional.empty()));
                }
            }
            if (type.equals("foreach_statement") || type.equals("catch_declaration") || type.equals("for_statement")
                    || type.equals("using_statement")) {
                TSNode left = SyntaxNodes.field(scope, "left");
                if ((left != null && file.text(left).equals(name)) || declaresInHeader(file, scope, name)) {
                    return Optional.of(new Local(Optional.empty()));
                }
            }
            TSNode parameters = SyntaxNodes.field(scope, "parameters");
            if (parameters != null) {
                for (TSNode parameter : CsNodes.childrenOfType(parameters, "parameter")) {
                    TSNode parameterName = SyntaxNodes.field(parameter, "name");
                    if (parameterName != null && file.text(parameterName).equals(name)) {
                        return Optional.of(new Local(Optional.empty()));
                    }
                }
            }
            for (String member : MEMBERS) {
                if (type.equals(member) && !type.equals("compilation_unit") && !type.equals("lambda_expression")
                        && !type.equals("local_function_statement") && !type.equals("anonymous_method_expression")) {
                    return Optional.empty();
                }
            }
            scope = scope.getParent();
        }
        return Optional.empty();
    }

    private static boolean declaresInHeader(ParsedFile file, TSNode statement, String name) {
        for (TSNode child : CsNodes.namedChildren(statement)) {
            if (child.getType().equals("identifier") && file.text(child).equals(name)) {
                return true;
            }
            if (child.getType().equals("variable_declaration")) {
                for (TSNode declarator : CsNodes.childrenOfType(child, "variable_declarator")) {
                    TSNode declared = SyntaxNodes.field(declarator, "name");
                    if (declared != null && file.text(declared).equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The {@code variable_declarator} of {@code name} in a statement of the scope written before {@code use}. */
    private static Optional<TSNode> declarator(ParsedFile file, TSNode scope, TSNode use, String name) {
        TSNode found = null;
        for (TSNode statement : CsNodes.namedChildren(scope)) {
            if (statement.getStartByte() >= use.getStartByte()) {
                break;
            }
            TSNode declaration = statement;
            if (declaration.getType().equals("global_statement")) {
                java.util.List<TSNode> inner = CsNodes.namedChildren(declaration);
                declaration = inner.isEmpty() ? declaration : inner.get(0);
            }
            if (!declaration.getType().equals("local_declaration_statement")) {
                continue;
            }
            for (TSNode variables : CsNodes.childrenOfType(declaration, "variable_declaration")) {
                for (TSNode declarator : CsNodes.childrenOfType(variables, "variable_declarator")) {
                    TSNode declared = SyntaxNodes.field(declarator, "name");
                    if (declared != null && file.text(declared).equals(name)) {
                        found = declarator;
                    }
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
