package io.mcpcatalog.policy;

import java.util.List;

/** What a gateway does with calls to one tool. Empty lists are left out of the document. */
public record ToolRule(List<Limit> limits, List<String> require, List<DenyRule> denyIf) {

    public static final ToolRule ALLOW = new ToolRule(List.of(), List.of(), List.of());

    public ToolRule {
        limits = List.copyOf(limits);
        require = List.copyOf(require);
        denyIf = List.copyOf(denyIf);
    }
}
