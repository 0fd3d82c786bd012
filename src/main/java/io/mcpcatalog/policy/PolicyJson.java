package io.mcpcatalog.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders policies as plain maps in policy.json's shape, leaving out empty parts. */
public final class PolicyJson {

    private PolicyJson() {
    }

    public static Map<String, Object> document(PolicyDocument policy) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", policy.version());
        out.put("default", policy.defaultAction());
        if (!policy.hide().isEmpty()) {
            out.put("hide", policy.hide());
        }
        Map<String, Object> tools = new LinkedHashMap<>();
        policy.tools().forEach((name, rule) -> tools.put(name, rule(rule)));
        out.put("tools", tools);
        return out;
    }

    public static Map<String, Object> rule(ToolRule rule) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!rule.limits().isEmpty()) {
            out.put("limits", rule.limits().stream().map(PolicyJson::limit).toList());
        }
        if (!rule.require().isEmpty()) {
            out.put("require", rule.require());
        }
        if (!rule.denyIf().isEmpty()) {
            out.put("deny_if", rule.denyIf().stream().map(PolicyJson::denial).toList());
        }
        return out;
    }

    private static Map<String, Object> limit(Limit limit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("counter", limit.counter());
        out.put("window", limit.window());
        out.put("max", limit.max());
        out.put("scope", limit.scope());
        return out;
    }

    private static Map<String, Object> denial(DenyRule denial) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> conditions = denial.conditions().stream().map(PolicyJson::condition).toList();
        out.put("conditions", conditions);
        out.put("on_deny", denial.onDeny());
        return out;
    }

    private static Map<String, Object> condition(Condition condition) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", condition.path());
        out.put("op", condition.op());
        out.put("value", condition.value());
        return out;
    }
}
