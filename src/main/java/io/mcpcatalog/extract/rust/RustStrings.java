package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Reads the string an expression (or the tokens of a macro argument) stands for: literals, raw strings, consts
 * and statics of the crate, {@code concat!}, {@code format!} with resolvable arguments, {@code include_str!},
 * {@code indoc!}, and the conversions around them ({@code .into()}, {@code .to_string()}, {@code Some(..)}).
 * Returns empty when nothing static is known.
 */
final class RustStrings {

    private static final int MAX_DEPTH = 8;
    private static final Set<String> CONVERSIONS = Set.of("into", "to_string", "to_owned", "as_str", "as_ref",
            "clone", "trim", "into_owned", "as_string");
    private static final Set<String> WRAPPERS = Set.of("Some", "String::from", "Cow::Borrowed", "Cow::from",
            "Cow::Owned", "std::borrow::Cow::Borrowed", "Into::into", "ToString::to_string", "Box::from", "Arc::from");

    private final SourceIndex index;
    private final int depth;

    RustStrings(SourceIndex index) {
        this(index, 0);
    }

    private RustStrings(SourceIndex index, int depth) {
        this.index = index;
        this.depth = depth;
    }

    /** The string an expression node stands for. */
    Optional<StaticText> expression(ParsedFile file, TSNode node) {
        if (!SyntaxNodes.present(node) || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        String type = node.getType();
        switch (type) {
            case "string_literal":
                return Optional.of(StaticText.full(RustLiterals.unescape(file.text(node))));
            case "raw_string_literal":
                return Optional.of(StaticText.full(RustLiterals.raw(file.text(node))));
            case "char_literal":
                return Optional.of(StaticText.full(RustLiterals.character(file.text(node))));
            case "integer_literal", "float_literal", "boolean_literal":
                return Optional.of(StaticText.full(file.text(node)));
            case "identifier": {
                Optional<TSNode> local = RustBindings.letValue(file, node, file.text(node));
                if (local.isPresent()) {
                    return new RustStrings(index, depth + 1).expression(file, local.get());
                }
                return constant(file, file.text(node));
            }
            case "scoped_identifier":
                return constant(file, RustNodes.lastSegment(file, node));
            case "reference_expression", "parenthesized_expression", "type_cast_expression":
                TSNode inner = SyntaxNodes.field(node, "value");
                return expression(file, inner != null ? inner : firstNamed(node));
            case "macro_invocation":
                return macro(file, node);
            case "binary_expression":
                return binary(file, node);
            case "call_expression":
                return call(file, node);
            default:
                return Optional.empty();
        }
    }

    private Optional<StaticText> binary(ParsedFile file, TSNode node) {
        TSNode operator = SyntaxNodes.field(node, "operator");
        if (operator == null || !file.text(operator).equals("+")) {
            return Optional.empty();
        }
        Optional<StaticText> left = expression(file, SyntaxNodes.field(node, "left"));
        Optional<StaticText> right = expression(file, SyntaxNodes.field(node, "right"));
        if (left.isEmpty() && right.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(left.orElse(StaticText.unknown()).append(right.orElse(StaticText.unknown())));
    }

    private Optional<StaticText> call(ParsedFile file, TSNode node) {
        TSNode function = SyntaxNodes.field(node, "function");
        TSNode arguments = SyntaxNodes.field(node, "arguments");
        if (function == null) {
            return Optional.empty();
        }
        if (function.getType().equals("field_expression")) {
            TSNode method = SyntaxNodes.field(function, "field");
            if (method != null && CONVERSIONS.contains(file.text(method))) {
                return expression(file, SyntaxNodes.field(function, "value"));
            }
            return Optional.empty();
        }
        String callee = file.text(function).replace(" ", "");
        if (WRAPPERS.contains(callee) || callee.endsWith("::from")) {
            List<TSNode> args = RustNodes.namedChildren(arguments);
            return args.size() == 1 ? expression(file, args.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    Optional<StaticText> constant(ParsedFile file, String name) {
        Optional<RustSymbols.Item> item = RustSymbols.find(file, index, name, RustSymbols.VALUES);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        TSNode value = SyntaxNodes.field(item.get().node(), "value");
        return new RustStrings(index, depth + 1).expression(item.get().file(), value);
    }

    private Optional<StaticText> macro(ParsedFile file, TSNode node) {
        TSNode name = SyntaxNodes.field(node, "macro");
        TSNode tree = RustNodes.firstChildOfType(node, "token_tree");
        if (name == null || tree == null) {
            return Optional.empty();
        }
        return macro(file, RustNodes.lastSegment(file, name), arguments(tree));
    }

    /** A macro call given by its name and its comma-separated argument token groups. */
    Optional<StaticText> macro(ParsedFile file, String name, List<List<TSNode>> args) {
        return new RustMacroStrings(this, index).call(file, name, args);
    }

    /** The string a token sequence (a macro or attribute argument) stands for. */
    Optional<StaticText> tokens(ParsedFile file, List<TSNode> tokens) {
        List<TSNode> list = new ArrayList<>(tokens);
        while (!list.isEmpty() && file.text(list.get(0)).equals("&")) {
            list.remove(0);
        }
        if (list.isEmpty() || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        // trailing conversions: X.into(), X.to_string()
        int dot = -1;
        for (int i = 0; i < list.size(); i++) {
            if (file.text(list.get(i)).equals(".")) {
                dot = i;
                break;
            }
        }
        if (dot > 0) {
            list = list.subList(0, dot);
        }
        if (list.size() == 1) {
            TSNode only = list.get(0);
            if (only.getType().equals("token_tree")) {
                List<List<TSNode>> inner = arguments(only);
                return inner.size() == 1 ? tokens(file, inner.get(0)) : Optional.empty();
            }
            return expression(file, only);
        }
        int bang = -1;
        for (int i = 0; i < list.size(); i++) {
            if (file.text(list.get(i)).equals("!")) {
                bang = i;
                break;
            }
        }
        if (bang > 0 && bang + 1 < list.size() && list.get(bang + 1).getType().equals("token_tree")) {
            return macro(file, file.text(list.get(bang - 1)), arguments(list.get(bang + 1)));
        }
        boolean path = list.stream().allMatch(t -> t.getType().equals("identifier") || file.text(t).equals("::")
                || t.getType().equals("self") || t.getType().equals("crate") || t.getType().equals("super"));
        if (path) {
            return constant(file, file.text(list.get(list.size() - 1)));
        }
        return Optional.empty();
    }

    /** The comma-separated groups of tokens inside a token tree (its delimiters removed). */
    static List<List<TSNode>> arguments(TSNode tree) {
        List<List<TSNode>> groups = new ArrayList<>();
        List<TSNode> current = new ArrayList<>();
        List<TSNode> children = SyntaxNodes.children(tree);
        for (int i = 1; i < children.size() - 1; i++) {
            TSNode child = children.get(i);
            if (child.getType().equals(",")) {
                groups.add(current);
                current = new ArrayList<>();
            } else if (!RustNodes.isComment(child)) {
                current.add(child);
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static TSNode firstNamed(TSNode node) {
        List<TSNode> named = RustNodes.namedChildren(node);
        return named.isEmpty() ? null : named.get(0);
    }
}
