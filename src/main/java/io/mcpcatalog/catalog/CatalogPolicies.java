package io.mcpcatalog.catalog;

import io.mcpcatalog.policy.PathRoot;
import io.mcpcatalog.policy.PolicyCompiler;
import io.mcpcatalog.policy.PolicyDocument;
import io.mcpcatalog.policy.PolicyHandleLoader;
import io.mcpcatalog.policy.PolicyProfile;
import io.mcpcatalog.policy.PolicyProfiles;
import io.mcpcatalog.policy.PolicySettings;
import io.mcpcatalog.policy.ToolPolicyInput;
import io.mcpcatalog.policy.ToolRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The recommended policies of catalog tools and servers, compiled on demand from their classifications, under a
 * profile and the operator's path root and amount cap (from configuration, overridable per request).
 */
@ApplicationScoped
public class CatalogPolicies {

    private final PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault(),
            PolicyProfiles.loadDefault());

    @Inject
    PolicyConfig config;

    public List<PolicyProfile> profiles() {
        return compiler.profiles().all();
    }

    /** The operator's settings under the default profile. */
    public PolicySettings defaults() {
        return settings(null, null, null);
    }

    /**
     * Settings from a request: a profile id (null: the default), a root and a cap as text (null: the configured
     * ones). An IllegalArgumentException says what is wrong with any of them.
     */
    public PolicySettings settings(String profileId, String root, String cap) {
        PolicyProfile profile = profileId == null || profileId.isBlank()
                ? compiler.profiles().byDefault() : compiler.profiles().byId(profileId.strip());
        String rootText = root != null && !root.isBlank() ? root : config.pathRoot().orElse(null);
        long amountCap = cap != null && !cap.isBlank() ? PolicySettings.parseCap(cap)
                : config.amountCap().orElse(profile.amountCap());
        return new PolicySettings(profile, rootText == null ? null : PathRoot.of(rootText), amountCap);
    }

    public PolicyDocument forTool(CatalogTool tool) {
        return forTool(tool, defaults());
    }

    public PolicyDocument forTool(CatalogTool tool, PolicySettings settings) {
        return compiler.forServer(List.of(input(tool)), settings);
    }

    public ToolRule ruleFor(CatalogTool tool) {
        return ruleFor(tool, defaults());
    }

    public ToolRule ruleFor(CatalogTool tool, PolicySettings settings) {
        return compiler.ruleFor(input(tool), settings);
    }

    /** The bundle for tools that are not in the catalog (classification on demand). */
    public PolicyDocument forTools(List<ToolPolicyInput> tools) {
        return compiler.forServer(tools, defaults());
    }

    public PolicyDocument forServer(ServerDetail server) {
        return forServer(server, defaults());
    }

    public PolicyDocument forServer(ServerDetail server, PolicySettings settings) {
        return compiler.forServer(server.tools().stream().map(CatalogPolicies::input).toList(), settings);
    }

    private static ToolPolicyInput input(CatalogTool tool) {
        return new ToolPolicyInput(tool.name(), tool.classification().category(), tool.definition().params());
    }
}
