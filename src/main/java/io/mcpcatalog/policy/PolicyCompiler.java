package io.mcpcatalog.policy;

import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles TAXONOMY.md's default policy (the balanced profile) for a tool or a whole server. */
public final class PolicyCompiler {

    static final String BLOCKED_MESSAGE = "Blocked by default. Requires approval.";
    private static final int WRITE_PER_MINUTE = 30;
    private static final int EXECUTE_PER_MINUTE = 10;

    private final List<PolicyHandle> handles;

    public PolicyCompiler(List<PolicyHandle> handles) {
        this.handles = List.copyOf(handles);
    }

    public ToolRule ruleFor(ToolPolicyInput tool) {
        return switch (tool.category()) {
            case READ -> withHandles(tool, List.of());
            case WRITE -> withHandles(tool, List.of(perMinute(tool.name(), WRITE_PER_MINUTE)));
            case EXECUTE -> withHandles(tool, List.of(perMinute(tool.name(), EXECUTE_PER_MINUTE)));
            case DESTRUCTIVE, FINANCIAL -> new ToolRule(List.of(), List.of(),
                    List.of(new DenyRule(List.of(), BLOCKED_MESSAGE,
                            "A " + tool.category().label() + " tool is blocked until an operator approves it.")));
        };
    }

    /** The document for one tool alone: default deny, with that tool's rule. */
    public PolicyDocument forTool(ToolPolicyInput tool) {
        return forServer(List.of(tool));
    }

    /** The bundle for a server: default deny, every tool with its rule, in the order given. */
    public PolicyDocument forServer(List<ToolPolicyInput> tools) {
        Map<String, ToolRule> rules = new LinkedHashMap<>();
        for (ToolPolicyInput tool : tools) {
            rules.put(tool.name(), ruleFor(tool));
        }
        return new PolicyDocument("1", "deny", List.of(), rules);
    }

    private ToolRule withHandles(ToolPolicyInput tool, List<Limit> limits) {
        List<DenyRule> denials = new ArrayList<>();
        for (ToolParam param : tool.params()) {
            for (PolicyHandle handle : handles) {
                if (handle.appliesTo(tool.category(), param.name())) {
                    Condition condition = new Condition("args." + param.name(), handle.op(), handle.value());
                    denials.add(new DenyRule(List.of(condition), handle.onDeny(),
                            handle.explanation().replace("{param}", param.name())));
                }
            }
        }
        return new ToolRule(limits, List.of(), denials);
    }

    private static Limit perMinute(String toolName, int max) {
        return new Limit(CounterNames.counterFor(toolName), "minute", max, "grant");
    }
}
