package io.mcpcatalog.policy;

import java.util.List;

/**
 * Deny a call when all conditions hold; no conditions means always deny.
 * {@code explanation} is for people reading the tool's page and is not part of the policy document.
 */
public record DenyRule(List<Condition> conditions, String onDeny, String explanation) {

    public DenyRule {
        conditions = List.copyOf(conditions);
    }
}
