package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * Evaluates Java expressions statically: literals and text blocks, concatenation, constants (local, field,
 * other class, static import, inherited), collection factories, constructors, builder chains and annotations.
 * Parameters of the enclosing method can be bound to the arguments of one call site.
 */
final class JavaEvaluator extends AbstractJvmEvaluator {

    JavaEvaluator(ParsedFile file, SourceIndex index, Map<String, Bound> bindings, int depth) {
        super(file, index, bindings, depth);
    }

    @Override
    public JavaEvaluator withBindings(Map<String, Bound> bound) {
        return new JavaEvaluator(file, index, bound, depth + 1);
    }

    @Override
    protected JvmValue evalNode(TSNode node) {
        String type = node.getType();
        return switch (type) {
            case "string_literal" -> JvmValue.text(JvmStrings.javaLiteral(file.text(node)));
            case "character_literal" -> JvmValue.text(JvmStrings.javaLiteral(file.text(node)));
            case "true" -> new JvmValue.Bool(true);
            case "false" -> new JvmValue.Bool(false);
            case "null_literal" -> new JvmValue.Null();
            case "decimal_integer_literal", "hex_integer_literal", "octal_integer_literal", "binary_integer_literal",
                 "decimal_floating_point_literal" -> JvmStrings.number(file.text(node));
            case "parenthesized_expression", "cast_expression" -> eval(lastNamed(node));
            case "binary_expression" -> binary(node);
            case "unary_expression" -> unary(node);
            case "identifier" -> JavaNames.identifier(this, node);
            case "field_access", "scoped_identifier" -> JavaNames.fieldAccess(this, node);
            case "method_invocation" -> JavaCalls.invocation(this, node);
            case "object_creation_expression" -> JavaCalls.construction(this, node);
            case "array_creation_expression" -> Nodes.field(node, "value").map(this::eval).orElse(JvmValue.UNKNOWN);
            case "array_initializer", "element_value_array_initializer" -> JvmValue.list(evalAll(Nodes.children(node)));
            case "annotation", "marker_annotation" -> annotation(node);
            case "class_literal" -> new JvmValue.ClassRef(file.text(Nodes.children(node).get(0)));
            case "ternary_expression" -> ternary(node);
            default -> new JvmValue.Unknown(type);
        };
    }

    List<JvmValue> evalAll(List<TSNode> nodes) {
        List<JvmValue> values = new ArrayList<>();
        for (TSNode node : nodes) {
            values.add(eval(node));
        }
        return values;
    }

    private static TSNode lastNamed(TSNode node) {
        return node.getNamedChild(node.getNamedChildCount() - 1);
    }

    private JvmValue binary(TSNode node) {
        JvmValue left = eval(node.getChildByFieldName("left"));
        JvmValue right = eval(node.getChildByFieldName("right"));
        String operator = file.text(node.getChildByFieldName("operator"));
        if (operator.equals("+") && (left instanceof JvmValue.Text || right instanceof JvmValue.Text)) {
            return JvmValue.concat(left, right);
        }
        if (operator.equals("+") && (left instanceof JvmValue.Unknown || right instanceof JvmValue.Unknown)) {
            return JvmValue.concat(left, right);
        }
        return JvmValue.UNKNOWN;
    }

    private JvmValue unary(TSNode node) {
        JvmValue operand = eval(node.getChildByFieldName("operand"));
        String operator = file.text(node.getChildByFieldName("operator"));
        if (operator.equals("!") && operand instanceof JvmValue.Bool bool) {
            return new JvmValue.Bool(!bool.value());
        }
        if (operator.equals("-") && operand instanceof JvmValue.Num num) {
            return JvmStrings.number("-" + num.value());
        }
        return JvmValue.UNKNOWN;
    }

    /** {@code cond ? "a" : "b"}: either text is possible, so only their common prefix is certain. */
    private JvmValue ternary(TSNode node) {
        JvmValue yes = eval(node.getChildByFieldName("consequence"));
        JvmValue no = eval(node.getChildByFieldName("alternative"));
        if (yes.equals(no)) {
            return yes;
        }
        if (JvmValue.asText(yes).isEmpty() && JvmValue.asText(no).isEmpty()) {
            return JvmValue.UNKNOWN;
        }
        String a = JvmValue.asText(yes).map(JvmValue.Text::text).orElse("");
        String b = JvmValue.asText(no).map(JvmValue.Text::text).orElse("");
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return new JvmValue.Text(a.substring(0, common), true);
    }

    private JvmValue annotation(TSNode node) {
        String name = file.text(node.getChildByFieldName("name"));
        Map<String, JvmValue> named = new LinkedHashMap<>();
        List<JvmValue> args = new ArrayList<>();
        Nodes.field(node, "arguments").ifPresent(arguments -> {
            for (TSNode argument : Nodes.children(arguments)) {
                if (argument.getType().equals("element_value_pair")) {
                    String key = file.text(argument.getChildByFieldName("key"));
                    named.put(key, eval(argument.getChildByFieldName("value")));
                } else {
                    named.put("value", eval(argument));
                    args.add(eval(argument));
                }
            }
        });
        return new JvmValue.Call(JvmValue.Call.Kind.ANNOTATION, name, args, named);
    }
}
