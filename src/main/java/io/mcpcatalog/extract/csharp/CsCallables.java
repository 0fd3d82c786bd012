package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The method or lambda a delegate-valued expression stands for: a lambda, a method group ({@code Run},
 * {@code Tools.Run}), a delegate creation or cast around one, or {@code typeof(Tools).GetMethod(nameof(Tools.Run))}.
 */
final class CsCallables {

    private CsCallables() {
    }

    static Optional<CsSymbols.Item> resolve(ParsedFile file, SourceIndex index, TSNode expression) {
        if (!SyntaxNodes.present(expression)) {
            return Optional.empty();
        }
        switch (expression.getType()) {
            case "lambda_expression", "anonymous_method_expression":
                return Optional.of(new CsSymbols.Item(file, expression));
            case "identifier": {
                Optional<CsLocals.Local> local = CsLocals.find(file, expression, file.text(expression));
                if (local.isPresent()) {
                    return local.get().value().flatMap(value -> value.getStartByte() == expression.getStartByte()
                            ? Optional.empty() : resolve(file, index, value));
                }
                return CsSymbols.find(file, index, enclosingType(file, expression), file.text(expression), CsSymbols.METHODS)
                        .or(() -> CsSymbols.find(file, index, null, file.text(expression), CsSymbols.METHODS));
            }
            case "member_access_expression": {
                TSNode owner = SyntaxNodes.field(expression, "expression");
                String ownerName = owner == null ? null : CsNodes.simpleName(file, owner);
                if (owner != null && (owner.getType().equals("this_expression") || owner.getType().equals("this"))) {
                    ownerName = enclosingType(file, expression);
                }
                return CsSymbols.find(file, index, ownerName, CsNodes.simpleName(file, SyntaxNodes.field(expression, "name")),
                        CsSymbols.METHODS);
            }
            case "cast_expression", "parenthesized_expression", "postfix_unary_expression": {
                List<TSNode> named = CsNodes.namedChildren(expression);
                return named.isEmpty() ? Optional.empty() : resolve(file, index, named.get(named.size() - 1));
            }
            case "object_creation_expression": {
                TSNode arguments = SyntaxNodes.field(expression, "arguments");
                List<TSNode> args = CsNodes.childrenOfType(arguments, "argument");
                return args.size() == 1 ? resolve(file, index, last(args.get(0))) : Optional.empty();
            }
            case "invocation_expression":
                return reflected(file, index, expression);
            default:
                return Optional.empty();
        }
    }

    /** {@code typeof(T).GetMethod("Name")} or {@code typeof(T).GetMethod(nameof(T.Name))}. */
    private static Optional<CsSymbols.Item> reflected(ParsedFile file, SourceIndex index, TSNode invocation) {
        TSNode function = SyntaxNodes.field(invocation, "function");
        if (function == null || !function.getType().equals("member_access_expression")
                || !CsNodes.simpleName(file, SyntaxNodes.field(function, "name")).equals("GetMethod")) {
            return Optional.empty();
        }
        TSNode receiver = SyntaxNodes.field(function, "expression");
        String owner = null;
        if (receiver != null && receiver.getType().equals("typeof_expression")) {
            List<TSNode> named = CsNodes.namedChildren(receiver);
            owner = named.isEmpty() ? null : CsNodes.simpleName(file, named.get(0));
        }
        List<TSNode> args = CsNodes.childrenOfType(SyntaxNodes.field(invocation, "arguments"), "argument");
        if (args.isEmpty()) {
            return Optional.empty();
        }
        Optional<StaticText> name = new CsStrings(index).expression(file, last(args.get(0)));
        String ownerName = owner;
        return name.filter(text -> !text.partial())
                .flatMap(text -> CsSymbols.find(file, index, ownerName, text.text(), CsSymbols.METHODS));
    }

    private static String enclosingType(ParsedFile file, TSNode node) {
        TSNode type = CsNodes.ancestor(node, "class_declaration", "struct_declaration", "record_declaration");
        TSNode name = SyntaxNodes.field(type, "name");
        return name == null ? null : file.text(name);
    }

    private static TSNode last(TSNode argument) {
        List<TSNode> named = CsNodes.namedChildren(argument);
        return named.isEmpty() ? null : named.get(named.size() - 1);
    }
}
