package io.mcpcatalog.extract.jvm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * The kotlinx.serialization JSON builders: {@code buildJsonObject { put("k", v); putJsonObject("o") { ... };
 * putJsonArray("a") { add(x) } }} and {@code buildJsonArray { add(x); addJsonObject { ... } }}, as values.
 */
final class KotlinJsonDsl {

    private KotlinJsonDsl() {
    }

    static JvmValue object(JvmEvaluator ev, TSNode lambda) {
        Map<String, JvmValue> entries = new LinkedHashMap<>();
        for (TSNode statement : statements(lambda)) {
            KotlinArgs call = KotlinArgs.of(statement);
            String function = call.calleeText(ev.file());
            List<TSNode> args = call.arguments();
            if (args.isEmpty()) {
                continue;
            }
            JvmValue key = ev.eval(KotlinArgs.expression(args.get(0)));
            if (JvmValue.fullText(key).isEmpty()) {
                continue;
            }
            String name = JvmValue.fullText(key).get();
            switch (function) {
                case "put" -> entries.put(name,
                        args.size() > 1 ? ev.eval(KotlinArgs.expression(args.get(1))) : JvmValue.UNKNOWN);
                case "putJsonObject" -> entries.put(name, object(ev, call.lambda()));
                case "putJsonArray" -> entries.put(name, array(ev, call.lambda()));
                default -> {
                }
            }
        }
        return new JvmValue.MapValue(entries);
    }

    static JvmValue array(JvmEvaluator ev, TSNode lambda) {
        List<JvmValue> items = new ArrayList<>();
        for (TSNode statement : statements(lambda)) {
            KotlinArgs call = KotlinArgs.of(statement);
            switch (call.calleeText(ev.file())) {
                case "add" -> call.arguments().forEach(arg -> items.add(ev.eval(KotlinArgs.expression(arg))));
                case "addJsonObject" -> items.add(object(ev, call.lambda()));
                case "addJsonArray" -> items.add(array(ev, call.lambda()));
                default -> {
                }
            }
        }
        return JvmValue.list(items);
    }

    private static List<TSNode> statements(TSNode lambda) {
        if (lambda == null) {
            return List.of();
        }
        return Nodes.firstNamed(lambda, "statements").map(s -> Nodes.children(s, "call_expression")).orElse(List.of());
    }
}
