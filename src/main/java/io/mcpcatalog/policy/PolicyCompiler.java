package io.mcpcatalog.policy;

import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a tool's recommended rule from its category (the profile's defaults, see policy/profiles.yaml) and its
 * schema (argument conditions from policy/handles.yaml), and per-server bundles under default deny.
 */
public final class PolicyCompiler {

    private static final String BLOCKED_MESSAGE = "Blocked by default. Requires approval.";

    private final List<PolicyHandle> handles;
    private final PolicyProfiles profiles;

    public PolicyCompiler(List<PolicyHandle> handles, PolicyProfiles profiles) {
        this.handles = List.copyOf(handles);
        this.profiles = profiles;
    }

    /** With the shipped profiles; {@link #ruleFor(ToolPolicyInput)} and friends then use the default profile. */
    public PolicyCompiler(List<PolicyHandle> handles) {
        this(handles, PolicyProfiles.loadDefault());
    }

    public PolicyProfiles profiles() {
        return profiles;
    }

    /** The rule under the default profile (TAXONOMY.md's defaults), with no path root and its amount cap. */
    public ToolRule ruleFor(ToolPolicyInput tool) {
        return ruleFor(tool, PolicySettings.of(profiles.byDefault()));
    }

    public ToolRule ruleFor(ToolPolicyInput tool, PolicySettings settings) {
        CategoryDefaults defaults = settings.profile().defaults(tool.category());
        List<Limit> limits = defaults.limited()
                ? List.of(new Limit(CounterNames.counterFor(tool.name()), defaults.window(), defaults.max(), "grant"))
                : List.of();
        List<DenyRule> denials = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ToolParam param : tool.params()) {
            for (PolicyHandle handle : handles) {
                if (handle.scope().appliesTo(tool.category(), param)) {
                    HandleResult result = handle.apply(param, settings);
                    denials.addAll(result.denials());
                    notes.addAll(result.notes());
                }
            }
        }
        if (defaults.blocked()) {
            String explanation = "Every call is denied until an operator approves this " + tool.category().label()
                    + " tool" + (denials.isEmpty() ? "." : "; the argument checks below still hold once it is approved.");
            denials.add(0, new DenyRule(List.of(), BLOCKED_MESSAGE, explanation));
        }
        return new ToolRule(limits, List.of(), denials, notes);
    }

    /** The document for one tool alone under the default profile. */
    public PolicyDocument forTool(ToolPolicyInput tool) {
        return forServer(List.of(tool));
    }

    /** The bundle for a server under the default profile. */
    public PolicyDocument forServer(List<ToolPolicyInput> tools) {
        return forServer(tools, PolicySettings.of(profiles.byDefault()));
    }

    /**
     * The bundle for a server: default deny, every tool with its rule in the order given, and the tools the profile
     * hides listed under "hide".
     */
    public PolicyDocument forServer(List<ToolPolicyInput> tools, PolicySettings settings) {
        Map<String, ToolRule> rules = new LinkedHashMap<>();
        List<String> hide = new ArrayList<>();
        for (ToolPolicyInput tool : tools) {
            rules.put(tool.name(), ruleFor(tool, settings));
            if (settings.profile().defaults(tool.category()).hidden()) {
                hide.add(tool.name());
            }
        }
        return new PolicyDocument("1", "deny", hide, rules);
    }
}
