package io.mcpcatalog.extract.jvm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Java method invocations and constructions: builder chains ({@code T.builder(a).x(b).build()}), collection and
 * string factories, string methods, enum constant accessors, JSON parsing of a literal, and helper methods of the
 * repository whose body returns one expression (evaluated with their parameters bound to the arguments).
 */
final class JavaCalls {

    private static final Set<String> BUILDER_FACTORIES = Set.of("builder", "newBuilder");
    private static final Set<String> MUTABLE_COLLECTIONS = Set.of("HashMap", "LinkedHashMap", "TreeMap", "ArrayList",
            "LinkedList", "HashSet", "LinkedHashSet", "ConcurrentHashMap", "StringBuilder", "StringBuffer");

    private JavaCalls() {
    }

    static JvmValue construction(JavaEvaluator ev, TSNode node) {
        if (Nodes.present(node.getChildByFieldName("object"))) {
            return JvmValue.UNKNOWN;
        }
        String type = typeName(ev, node.getChildByFieldName("type"));
        List<JvmValue> args = arguments(ev, node);
        if (MUTABLE_COLLECTIONS.contains(type)) {
            boolean copy = args.size() == 1 && !(args.get(0) instanceof JvmValue.Num);
            return copy ? args.get(0) : new JvmValue.Unknown(type);
        }
        if (type.equals("Builder") || type.endsWith(".Builder")) {
            String built = type.equals("Builder") ? type : type.substring(0, type.length() - ".Builder".length());
            return new JvmValue.Call(JvmValue.Call.Kind.BUILDER, built, args, Map.of());
        }
        return new JvmValue.Call(JvmValue.Call.Kind.CONSTRUCTOR, type, args, Map.of());
    }

    static JvmValue invocation(JavaEvaluator ev, TSNode node) {
        List<TSNode> chain = new ArrayList<>();
        TSNode current = node;
        while (Nodes.present(current) && current.getType().equals("method_invocation")) {
            chain.add(0, current);
            current = current.getChildByFieldName("object");
        }
        TSNode base = Nodes.present(current) ? current : null;
        TSNode first = chain.get(0);
        String firstName = ev.file().text(first.getChildByFieldName("name"));
        JvmValue value;
        if (base != null && isTypeName(ev, base) && BUILDER_FACTORIES.contains(firstName)) {
            value = new JvmValue.Call(JvmValue.Call.Kind.BUILDER, compact(ev, base), arguments(ev, first), Map.of());
        } else if (base == null || isTypeName(ev, base) || base.getType().equals("this")) {
            String owner = base == null || base.getType().equals("this") ? null : compact(ev, base);
            value = JvmFunctions.call(ev, owner, firstName, argumentNodes(first));
        } else {
            value = apply(ev, ev.eval(base), firstName, first);
        }
        for (TSNode call : chain.subList(1, chain.size())) {
            value = apply(ev, value, ev.file().text(call.getChildByFieldName("name")), call);
        }
        return value;
    }

    /** One chained call on a known value. */
    private static JvmValue apply(JavaEvaluator ev, JvmValue target, String method, TSNode call) {
        List<TSNode> argNodes = argumentNodes(call);
        if (target instanceof JvmValue.Call builder && builder.kind() == JvmValue.Call.Kind.BUILDER) {
            if (method.equals("build")) {
                return builder;
            }
            Map<String, JvmValue> named = new LinkedHashMap<>(builder.named());
            TSNode last = argNodes.isEmpty() ? null : argNodes.get(argNodes.size() - 1);
            named.put(method, last == null ? new JvmValue.Bool(true) : ev.eval(last));
            return new JvmValue.Call(builder.kind(), builder.type(), builder.args(), named);
        }
        return JvmFunctions.method(ev, target, method, argNodes);
    }

    static List<TSNode> argumentNodes(TSNode call) {
        return Nodes.field(call, "arguments").map(Nodes::children).orElse(List.of()).stream()
                .filter(n -> !n.getType().equals("line_comment") && !n.getType().equals("block_comment")).toList();
    }

    private static List<JvmValue> arguments(JavaEvaluator ev, TSNode call) {
        return ev.evalAll(argumentNodes(call));
    }

    /** A name that denotes a type (Tool, McpSchema.Tool, java.util.Map) rather than a variable. */
    private static boolean isTypeName(JavaEvaluator ev, TSNode node) {
        if (!Set.of("identifier", "field_access", "scoped_identifier", "type_identifier").contains(node.getType())) {
            return false;
        }
        String text = compact(ev, node);
        String last = text.substring(text.lastIndexOf('.') + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !last.equals(last.toUpperCase());
    }

    private static String compact(JavaEvaluator ev, TSNode node) {
        return ev.file().text(node).replaceAll("\\s+", "");
    }

    /** The written name of a type, without type arguments or annotations. */
    static String typeName(JavaEvaluator ev, TSNode type) {
        if (!Nodes.present(type)) {
            return "";
        }
        if (type.getType().equals("generic_type")) {
            Optional<TSNode> raw = Nodes.firstNamed(type, "type_identifier", "scoped_type_identifier");
            return raw.map(n -> typeName(ev, n)).orElse("");
        }
        return compact(ev, type).replaceAll("@\\w+(\\([^)]*\\))?", "");
    }
}
