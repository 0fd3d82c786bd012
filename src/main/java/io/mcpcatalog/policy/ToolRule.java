package io.mcpcatalog.policy;

import java.util.List;

/**
 * What a gateway does with calls to one tool. Empty lists are left out of the document. {@code notes} are for
 * people reading the tool's page (e.g. a file path that no root confines) and are not part of the policy.
 */
public record ToolRule(List<Limit> limits, List<String> require, List<DenyRule> denyIf, List<String> notes) {

    public ToolRule {
        limits = List.copyOf(limits);
        require = List.copyOf(require);
        denyIf = List.copyOf(denyIf);
        notes = List.copyOf(notes);
    }

    /** True when every call is denied until an operator approves the tool (a deny rule without conditions). */
    public boolean blocked() {
        return denyIf.stream().anyMatch(deny -> deny.conditions().isEmpty());
    }
}
