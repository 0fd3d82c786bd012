package io.mcpcatalog.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Evaluates policy.json deny rules as a gateway would, so tests can run a compiled rule on example arguments. */
final class PolicyConditions {

    private PolicyConditions() {
    }

    /** True when a deny rule with conditions holds for these arguments (rules without conditions are left out). */
    static boolean denies(ToolRule rule, Map<String, Object> args) {
        return rule.denyIf().stream().filter(deny -> !deny.conditions().isEmpty())
                .anyMatch(deny -> deny.conditions().stream().allMatch(condition -> holds(condition, args)));
    }

    static boolean holds(Condition condition, Map<String, Object> args) {
        Object arg = args.get(condition.param());
        if (condition.op().equals("exists")) {
            return arg != null;
        }
        if (arg == null) {
            return false;
        }
        Object value = condition.value();
        return switch (condition.op()) {
            case "eq" -> arg.equals(value);
            case "neq" -> !arg.equals(value);
            case "in" -> ((List<?>) value).contains(arg);
            case "not_in" -> !((List<?>) value).contains(arg);
            case "lt" -> compare(arg, value) < 0;
            case "lte" -> compare(arg, value) <= 0;
            case "gt" -> compare(arg, value) > 0;
            case "gte" -> compare(arg, value) >= 0;
            case "regex" -> Pattern.compile((String) value).matcher(arg.toString()).find();
            case "contains" -> arg.toString().contains(value.toString());
            default -> throw new IllegalArgumentException("unknown op " + condition.op());
        };
    }

    private static int compare(Object arg, Object value) {
        return new BigDecimal(arg.toString()).compareTo(new BigDecimal(value.toString()));
    }
}
