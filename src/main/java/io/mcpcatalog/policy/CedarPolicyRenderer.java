package io.mcpcatalog.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cedar policies in the entity model of Amazon Bedrock AgentCore Gateway: one action per tool named
 * {@code <target>___<tool>}, the tool's arguments in {@code context.input}, the gateway as resource. Cedar denies
 * what nothing permits, which is policy.json's default deny; each listed tool gets a permit and each deny rule a
 * forbid. Rate limits become annotations, since Cedar keeps no counters. A regex condition is written with its
 * wildcards; one without wildcards forbids every call that carries the argument, stricter rather than looser.
 */
final class CedarPolicyRenderer implements PolicyRenderer {

    private static final String HEADER = """
            // Recommended policy of the MCP Risk Catalog, in Cedar for MCP gateways that use Amazon Bedrock AgentCore's
            // entity model: each tool is the action "<target>___<tool>", its arguments are context.input.
            // Cedar denies what no policy permits (the policy's default deny); a forbid beats every permit.
            // @rate_limit annotations are for the gateway to count: Cedar has no counters.
            """;

    @Override
    public String render(PolicyDocument policy, String target) {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("// target: ").append(target.replaceAll("[^A-Za-z0-9._-]", "_")).append("\n");
        if (policy.defaultAction().equals("allow")) {
            out.append("\n@id(\"default allow\")\npermit (principal, action, resource is AgentCore::Gateway);\n");
        }
        policy.tools().forEach((tool, rule) -> {
            String scope = "principal, action == AgentCore::Action::" + CedarSyntax.string(target + "___" + tool)
                    + ", resource is AgentCore::Gateway";
            out.append('\n').append(annotation("id", tool + ": allowed"));
            rule.limits().forEach(limit -> out.append(annotation("rate_limit", limit.max() + " calls per "
                    + limit.window() + " per " + limit.scope() + ", counter " + limit.counter())));
            rule.require().forEach(required -> out.append(annotation("require", required)));
            if (policy.hide().contains(tool)) {
                out.append(annotation("hidden", "true"));
            }
            out.append("permit (").append(scope).append(");\n");
            int number = 1;
            for (DenyRule deny : rule.denyIf()) {
                out.append('\n').append(annotation("id", tool + ": deny " + number++))
                        .append(annotation("reason", deny.onDeny()));
                if (deny.conditions().stream().anyMatch(c -> c.op().equals("regex") && c.wildcards() == null)) {
                    out.append(annotation("approximation", "Cedar cannot match this text: every call that carries "
                            + "the argument is forbidden."));
                }
                out.append("forbid (").append(scope).append(')').append(when(deny.conditions())).append(";\n");
            }
        });
        return out.toString();
    }

    private static String when(List<Condition> conditions) {
        if (conditions.isEmpty()) {
            return "";
        }
        List<String> tests = new ArrayList<>();
        for (Condition condition : conditions) {
            tests.add(CedarSyntax.hasArgument(condition.param()));
            String test = test(condition);
            if (test != null) {
                tests.add(test);
            }
        }
        return "\nwhen {\n  " + String.join(" &&\n  ", tests) + "\n}";
    }

    /** The condition on a present argument; null when Cedar cannot express it (the forbid then holds whenever present). */
    private static String test(Condition condition) {
        String arg = CedarSyntax.argument(condition.param());
        String value = CedarSyntax.value(condition.value(), condition.argType());
        boolean decimal = "number".equals(condition.argType());
        return switch (condition.op()) {
            case "eq" -> arg + " == " + value;
            case "neq" -> arg + " != " + value;
            case "in" -> value + ".contains(" + arg + ")";
            case "not_in" -> "!" + value + ".contains(" + arg + ")";
            case "lt" -> decimal ? arg + ".lessThan(" + value + ")" : arg + " < " + value;
            case "lte" -> decimal ? arg + ".lessThanOrEqual(" + value + ")" : arg + " <= " + value;
            case "gt" -> decimal ? arg + ".greaterThan(" + value + ")" : arg + " > " + value;
            case "gte" -> decimal ? arg + ".greaterThanOrEqual(" + value + ")" : arg + " >= " + value;
            case "contains" -> arg + " like " + CedarSyntax.pattern("*" + Wildcards.literal(String.valueOf(condition.value())) + "*");
            case "exists" -> null;
            case "regex" -> condition.wildcards() == null ? null : likeAny(arg, condition.wildcards());
            default -> throw new IllegalArgumentException("unknown condition op '" + condition.op() + "'");
        };
    }

    private static String likeAny(String arg, Wildcards wildcards) {
        String any = wildcards.patterns().stream().map(pattern -> arg + " like " + CedarSyntax.pattern(pattern))
                .collect(Collectors.joining(" ||\n   ", "(", ")"));
        return wildcards.negated() ? "!" + any : any;
    }

    private static String annotation(String key, String value) {
        return "@" + key + "(" + CedarSyntax.string(value) + ")\n";
    }
}
