package io.mcpcatalog.catalog;

import io.mcpcatalog.policy.PolicyCompiler;
import io.mcpcatalog.policy.PolicyDocument;
import io.mcpcatalog.policy.PolicyHandleLoader;
import io.mcpcatalog.policy.ToolPolicyInput;
import io.mcpcatalog.policy.ToolRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The recommended policies of catalog tools and servers, compiled on demand from their classifications. */
@ApplicationScoped
public class CatalogPolicies {

    private final PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault());

    public PolicyDocument forTool(CatalogTool tool) {
        return compiler.forTool(input(tool));
    }

    public ToolRule ruleFor(CatalogTool tool) {
        return compiler.ruleFor(input(tool));
    }

    /** The bundle for tools that are not in the catalog (classification on demand). */
    public PolicyDocument forTools(List<ToolPolicyInput> tools) {
        return compiler.forServer(tools);
    }

    public PolicyDocument forServer(ServerDetail server) {
        return compiler.forServer(server.tools().stream().map(CatalogPolicies::input).toList());
    }

    private static ToolPolicyInput input(CatalogTool tool) {
        return new ToolPolicyInput(tool.name(), tool.classification().category(), tool.definition().params());
    }
}
