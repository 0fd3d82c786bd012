package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Reads the string an expression stands for: literals of every kind, constants and static readonly fields
 * (same type, another type, another file), {@code +} concatenation, {@code nameof(..)}, and interpolated
 * strings (whose holes are filled when they are constants, else the result is partial).
 */
final class CsStrings {

    private static final int MAX_DEPTH = 8;

    private final SourceIndex index;
    private final int depth;

    CsStrings(SourceIndex index) {
        this(index, 0);
    }

    private CsStrings(SourceIndex index, int depth) {
        this.index = index;
        this.depth = depth;
    }

    Optional<StaticText> expression(ParsedFile file, TSNode node) {
        if (!SyntaxNodes.present(node) || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        switch (node.getType()) {
            case "string_literal", "verbatim_string_literal", "raw_string_literal":
                return Optional.of(StaticText.full(CsLiterals.literal(file.text(node))));
            case "character_literal":
                String text = file.text(node);
                return Optional.of(StaticText.full(CsLiterals.unescape(text.substring(1, text.length() - 1))));
            case "integer_literal", "real_literal", "boolean_literal":
                return Optional.of(StaticText.full(file.text(node)));
            case "parenthesized_expression", "argument", "attribute_argument", "cast_expression":
                List<TSNode> named = CsNodes.namedChildren(node);
                return named.isEmpty() ? Optional.empty() : expression(file, named.get(named.size() - 1));
            case "binary_expression":
                return concatenation(file, node);
            case "interpolated_string_expression":
                return interpolated(file, node);
            case "identifier": {
                Optional<CsLocals.Local> local = CsLocals.find(file, node, file.text(node));
                if (local.isPresent()) {
                    return local.get().value().flatMap(value -> new CsStrings(index, depth + 1).expression(file, value));
                }
                return constant(file, null, file.text(node));
            }
            case "member_access_expression":
                TSNode owner = SyntaxNodes.field(node, "expression");
                return constant(file, owner == null ? null : CsNodes.simpleName(file, owner),
                        CsNodes.simpleName(file, SyntaxNodes.field(node, "name")));
            case "invocation_expression":
                return invocation(file, node);
            default:
                return Optional.empty();
        }
    }

    private Optional<StaticText> concatenation(ParsedFile file, TSNode node) {
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

    private Optional<StaticText> invocation(ParsedFile file, TSNode node) {
        TSNode function = SyntaxNodes.field(node, "function");
        List<TSNode> args = CsNodes.namedChildren(SyntaxNodes.field(node, "arguments"));
        if (function == null) {
            return Optional.empty();
        }
        String name = file.text(function);
        if (name.equals("nameof") && args.size() == 1) {
            return Optional.of(StaticText.full(CsNodes.simpleName(file, CsNodes.namedChildren(args.get(0)).get(0))));
        }
        if ((name.equals("string.Concat") || name.equals("String.Concat")) && !args.isEmpty()) {
            StaticText text = StaticText.full("");
            for (TSNode arg : args) {
                text = text.append(expression(file, arg).orElse(StaticText.unknown()));
            }
            return Optional.of(text);
        }
        return Optional.empty();
    }

    private Optional<StaticText> interpolated(ParsedFile file, TSNode node) {
        String start = "";
        boolean raw = false;
        boolean verbatim = false;
        StringBuilder content = new StringBuilder();
        StaticText text = StaticText.full("");
        for (TSNode child : SyntaxNodes.children(node)) {
            switch (child.getType()) {
                case "interpolation_start" -> {
                    start = file.text(child);
                    verbatim = start.contains("@");
                }
                case "raw_string_start", "interpolation_quote" -> raw |= file.text(child).startsWith("\"\"\"");
                case "string_content", "raw_string_content", "escape_sequence" -> {
                    String piece = file.text(child);
                    if (!raw && start.chars().filter(c -> c == '$').count() <= 1) {
                        piece = piece.replace("{{", "{").replace("}}", "}");
                    }
                    if (child.getType().equals("escape_sequence") && !verbatim) {
                        piece = CsLiterals.unescape(piece);
                    } else if (verbatim) {
                        piece = piece.replace("\"\"", "\"");
                    }
                    content.append(piece);
                }
                case "interpolation" -> {
                    text = text.append(StaticText.full(content.toString()));
                    content.setLength(0);
                    List<TSNode> inner = CsNodes.namedChildren(child).stream()
                            .filter(n -> !n.getType().startsWith("interpolation_")).toList();
                    text = text.append(inner.isEmpty() ? StaticText.unknown()
                            : expression(file, inner.get(0)).orElse(StaticText.unknown()));
                }
                default -> {
                }
            }
        }
        text = text.append(StaticText.full(content.toString()));
        return Optional.of(raw ? new StaticText(CsLiterals.dedent(text.text()), text.partial()) : text);
    }

    private Optional<StaticText> constant(ParsedFile file, String owner, String name) {
        Optional<CsSymbols.Item> item = CsSymbols.find(file, index, owner, name, CsSymbols.VALUES);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        TSNode value = CsSymbols.valueOf(item.get().node(), name, item.get().file());
        return new CsStrings(index, depth + 1).expression(item.get().file(), value);
    }
}
