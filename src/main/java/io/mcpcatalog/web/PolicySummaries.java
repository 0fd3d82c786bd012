package io.mcpcatalog.web;

import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.policy.Limit;
import io.mcpcatalog.policy.ToolRule;

/** One sentence that says what a tool's recommended rule does, for its page. */
final class PolicySummaries {

    private PolicySummaries() {
    }

    static String of(CatalogTool tool, ToolRule rule) {
        String category = tool.classification().category().label();
        if (rule.blocked()) {
            return category + " tools are blocked by default: a gateway denies every call until an operator approves the tool.";
        }
        StringBuilder text = new StringBuilder("Allowed");
        if (rule.limits().isEmpty()) {
            text.append(" without a rate limit, as a ").append(category).append(" tool");
        }
        for (Limit limit : rule.limits()) {
            text.append(", at most ").append(limit.max()).append(" calls per ").append(limit.window())
                    .append(" per ").append(limit.scope()).append(" (counter ").append(limit.counter()).append(")");
        }
        if (!rule.denyIf().isEmpty()) {
            text.append(", with these argument checks");
        }
        return text.append('.').toString();
    }
}
