package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * Evaluates Kotlin expressions statically: string templates (interpolations of known constants), raw strings
 * with trimIndent/trimMargin, concatenation, constants (local, class, companion, object, top level, imported),
 * collection builders, kotlinx.serialization JSON builders, constructor and builder calls, annotations.
 */
final class KotlinEvaluator extends AbstractJvmEvaluator {

    KotlinEvaluator(ParsedFile file, SourceIndex index, Map<String, Bound> bindings, int depth) {
        super(file, index, bindings, depth);
    }

    @Override
    public JvmEvaluator withBindings(Map<String, Bound> bound) {
        return new KotlinEvaluator(file, index, bound, depth + 1);
    }

    @Override
    protected JvmValue evalNode(TSNode node) {
        return switch (node.getType()) {
            case "string_literal", "line_string_literal", "multi_line_string_literal" -> string(node);
            case "character_literal" -> JvmValue.text(JvmStrings.kotlinUnescape(strip(file.text(node))));
            case "integer_literal", "long_literal", "hex_literal", "bin_literal", "real_literal", "unsigned_literal" ->
                    JvmStrings.number(file.text(node));
            case "boolean_literal" -> new JvmValue.Bool(file.text(node).equals("true"));
            case "null" -> new JvmValue.Null();
            case "parenthesized_expression", "value_argument", "as_expression" -> eval(node.getNamedChild(
                    node.getType().equals("value_argument") ? node.getNamedChildCount() - 1 : 0));
            case "prefix_expression" -> prefix(node);
            case "additive_expression" -> additive(node);
            case "simple_identifier" -> KotlinNames.identifier(this, node);
            case "navigation_expression" -> KotlinCalls.navigation(this, node);
            case "call_expression" -> KotlinCalls.call(this, node);
            case "infix_expression" -> infix(node);
            case "collection_literal" -> JvmValue.list(Nodes.children(node).stream().map(this::eval).toList());
            case "annotation" -> annotation(node);
            case "callable_reference" -> new JvmValue.ClassRef(
                    Nodes.firstNamed(node, "type_identifier", "simple_identifier").map(file::text).orElse(""));
            default -> new JvmValue.Unknown(node.getType());
        };
    }

    private static String strip(String quoted) {
        return quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : quoted;
    }

    /** A string template: literal parts, plus interpolations that resolve to known text (else partial). */
    private JvmValue string(TSNode node) {
        boolean raw = file.text(node).startsWith("\"\"\"");
        StringBuilder text = new StringBuilder();
        boolean partial = false;
        for (TSNode part : Nodes.allChildren(node)) {
            switch (part.getType()) {
                case "string_content", "escape_sequence" ->
                        text.append(raw ? file.text(part) : JvmStrings.kotlinUnescape(file.text(part)));
                case "interpolated_identifier", "interpolated_expression" -> {
                    JvmValue value = part.getType().equals("interpolated_identifier")
                            ? KotlinNames.identifier(this, part) : eval(part.getNamedChild(0));
                    JvmValue.Text piece = JvmValue.asText(value).orElse(new JvmValue.Text("", true));
                    text.append(piece.text());
                    partial |= piece.partial();
                }
                default -> {
                }
            }
        }
        return new JvmValue.Text(text.toString(), partial);
    }

    private JvmValue prefix(TSNode node) {
        String operator = file.text(node.getChild(0));
        JvmValue operand = eval(node.getNamedChild(node.getNamedChildCount() - 1));
        if (operator.equals("-") && operand instanceof JvmValue.Num num) {
            return JvmStrings.number("-" + num.value());
        }
        if (operator.equals("!") && operand instanceof JvmValue.Bool bool) {
            return new JvmValue.Bool(!bool.value());
        }
        return JvmValue.UNKNOWN;
    }

    private JvmValue additive(TSNode node) {
        JvmValue left = eval(node.getNamedChild(0));
        JvmValue right = eval(node.getNamedChild(1));
        boolean plus = Nodes.hasToken(node, "+");
        if (plus && (left instanceof JvmValue.Text || right instanceof JvmValue.Text
                || left instanceof JvmValue.Unknown || right instanceof JvmValue.Unknown)) {
            return JvmValue.concat(left, right);
        }
        return JvmValue.UNKNOWN;
    }

    /** {@code a to b} is a one-entry map, so that mapOf(...) merges its pairs. */
    private JvmValue infix(TSNode node) {
        if (node.getNamedChildCount() == 3 && file.text(node.getNamedChild(1)).equals("to")) {
            JvmValue key = eval(node.getNamedChild(0));
            JvmValue value = eval(node.getNamedChild(2));
            Map<String, JvmValue> entry = new LinkedHashMap<>();
            JvmValue.asText(key).ifPresent(k -> entry.put(k.text(), value));
            return new JvmValue.MapValue(entry);
        }
        return JvmValue.UNKNOWN;
    }

    private JvmValue annotation(TSNode node) {
        TSNode invocation = Nodes.firstNamed(node, "constructor_invocation").orElse(null);
        TSNode type = invocation != null ? Nodes.firstNamed(invocation, "user_type").orElse(invocation)
                : Nodes.firstNamed(node, "user_type").orElse(node);
        List<JvmValue> args = new ArrayList<>();
        Map<String, JvmValue> named = new LinkedHashMap<>();
        if (invocation != null) {
            List<TSNode> arguments = Nodes.firstNamed(invocation, "value_arguments").map(Nodes::children)
                    .orElse(List.of());
            for (TSNode argument : arguments) {
                JvmValue value = eval(KotlinArgs.expression(argument));
                KotlinArgs.name(file, argument).ifPresentOrElse(name -> named.put(name, value), () -> {
                    args.add(value);
                    named.putIfAbsent("value", value);
                });
            }
        }
        return new JvmValue.Call(JvmValue.Call.Kind.ANNOTATION, file.text(type).replaceAll("\\s+", ""), args, named);
    }
}
