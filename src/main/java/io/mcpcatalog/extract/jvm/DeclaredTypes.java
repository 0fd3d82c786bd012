package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The declared type of a variable seen from one of its uses: a local variable, a loop variable, a parameter of
 * the enclosing method, function or lambda, or a field or property of the enclosing classes. Written types only
 * ({@code var} and inferred Kotlin types are unknown), without type arguments or nullability.
 */
final class DeclaredTypes {

    private DeclaredTypes() {
    }

    static Optional<String> of(ParsedFile file, TSNode use, String name) {
        boolean kotlin = file.language() == Language.KOTLIN;
        for (TSNode scope = use.getParent(); Nodes.present(scope); scope = scope.getParent()) {
            Optional<TSNode> type = kotlin ? kotlin(file, scope, name) : java(file, scope, name);
            if (type.isPresent()) {
                String text = file.text(type.get()).replaceAll("\\s+", "").replaceAll("\\?$", "");
                text = text.contains("<") ? text.substring(0, text.indexOf('<')) : text;
                return text.equals("var") || text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private static Optional<TSNode> java(ParsedFile file, TSNode scope, String name) {
        switch (scope.getType()) {
            case "enhanced_for_statement" -> {
                boolean loopVariable = named(file, scope.getChildByFieldName("name"), name);
                return loopVariable ? Nodes.field(scope, "type") : Optional.empty();
            }
            case "method_declaration", "constructor_declaration", "lambda_expression" -> {
                TSNode parameters = scope.getChildByFieldName("parameters");
                for (TSNode parameter : Nodes.present(parameters) ? Nodes.children(parameters, "formal_parameter")
                        : List.<TSNode>of()) {
                    if (named(file, parameter.getChildByFieldName("name"), name)) {
                        return Nodes.field(parameter, "type");
                    }
                }
                return Optional.empty();
            }
            default -> {
                for (TSNode declaration : Nodes.children(scope, "local_variable_declaration", "field_declaration")) {
                    for (TSNode declarator : Nodes.children(declaration, "variable_declarator")) {
                        if (named(file, declarator.getChildByFieldName("name"), name)) {
                            return Nodes.field(declaration, "type");
                        }
                    }
                }
                return Optional.empty();
            }
        }
    }

    private static Optional<TSNode> kotlin(ParsedFile file, TSNode scope, String name) {
        List<TSNode> candidates = switch (scope.getType()) {
            case "function_declaration" -> Nodes.firstNamed(scope, "function_value_parameters")
                    .map(p -> Nodes.children(p, "parameter")).orElse(List.of());
            case "for_statement" -> Nodes.children(scope, "variable_declaration");
            case "class_declaration" -> Nodes.firstNamed(scope, "primary_constructor")
                    .map(c -> Nodes.children(c, "class_parameter")).orElse(List.of());
            case "statements", "class_body" -> Nodes.children(scope, "property_declaration").stream()
                    .flatMap(p -> Nodes.children(p, "variable_declaration").stream()).toList();
            default -> List.of();
        };
        for (TSNode candidate : candidates) {
            if (named(file, Nodes.firstNamed(candidate, "simple_identifier").orElse(null), name)) {
                return Nodes.firstNamed(candidate, "user_type", "nullable_type");
            }
        }
        return Optional.empty();
    }

    private static boolean named(ParsedFile file, TSNode identifier, String name) {
        return identifier != null && Nodes.present(identifier) && name.equals(file.text(identifier));
    }
}
