package io.mcpcatalog.policy;

import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationRequest;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.ValidationRequest;
import com.cedarpolicy.model.ValidationResponse;
import com.cedarpolicy.model.policy.PolicySet;
import com.cedarpolicy.model.schema.Schema;
import com.cedarpolicy.value.CedarMap;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.Value;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cedar's own parser, validator and authorizer (the native library of cedar-java) on rendered policies. The schema
 * is built from the tools the way AgentCore Gateway builds one from a tool manifest: each tool an action
 * "target___tool" under CallTool, its parameters typed in context.input (string String, integer Long, number
 * decimal, boolean Bool; other types are left out, as no condition reads them).
 */
public final class CedarCheck {

    private static final BasicAuthorizationEngine ENGINE = new BasicAuthorizationEngine();

    private CedarCheck() {
    }

    public static String schemaText(String target, List<ToolPolicyInput> tools) {
        StringBuilder out = new StringBuilder("""
                namespace AgentCore {
                  entity OAuthUser;
                  entity IamEntity;
                  entity Gateway;
                  action "Mcp";
                  action "CallTool" in ["Mcp"];
                """);
        for (ToolPolicyInput tool : tools) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (ToolParam param : tool.params()) {
                String type = cedarType(param.type());
                if (type != null) {
                    attributes.putIfAbsent(CedarSyntax.string(param.name()) + (param.required() ? "" : "?"), type);
                }
            }
            List<String> fields = new ArrayList<>();
            attributes.forEach((name, type) -> fields.add(name + ": " + type));
            out.append("  action ").append(CedarSyntax.string(target + "___" + tool.name()))
                    .append(" in [\"CallTool\"] appliesTo { principal: [OAuthUser, IamEntity], resource: [Gateway],")
                    .append(" context: { input: { ").append(String.join(", ", fields)).append(" } } };\n");
        }
        return out.append("}\n").toString();
    }

    /** Problems Cedar reports for these policies against the tools' schema; empty when they parse and validate. */
    public static List<String> problems(String policies, String schemaText) throws Exception {
        PolicySet set = PolicySet.parsePolicies(policies);
        Schema schema = Schema.parse(Schema.JsonOrCedar.Cedar, schemaText);
        ValidationResponse response = ENGINE.validate(new ValidationRequest(schema, set));
        List<String> problems = new ArrayList<>();
        if (!response.validationPassed()) {
            response.errors.ifPresent(errors -> errors.forEach(error -> problems.add(error.toString())));
            problems.add(response.toString());
        }
        return problems;
    }

    /** Whether Cedar allows a call of target___tool with these arguments; fails on any evaluation error. */
    public static boolean allows(String policies, String schemaText, String action, Map<String, Value> input)
            throws Exception {
        EntityTypeName user = EntityTypeName.parse("AgentCore::OAuthUser").orElseThrow();
        EntityTypeName actionType = EntityTypeName.parse("AgentCore::Action").orElseThrow();
        EntityTypeName gateway = EntityTypeName.parse("AgentCore::Gateway").orElseThrow();
        EntityUID principal = user.of("alice");
        Map<String, Value> context = Map.of("input", new CedarMap(input));
        AuthorizationRequest request = new AuthorizationRequest(principal, actionType.of(action), gateway.of("gw"),
                Optional.of(context), Optional.of(Schema.parse(Schema.JsonOrCedar.Cedar, schemaText)), true);
        AuthorizationResponse response = ENGINE.isAuthorized(request, PolicySet.parsePolicies(policies), Set.of());
        if (response.success.isEmpty() || !response.success.get().getErrors().isEmpty()) {
            throw new AssertionError("Cedar could not evaluate the request: " + response);
        }
        return response.success.get().isAllowed();
    }

    private static String cedarType(String jsonType) {
        if (jsonType == null || jsonType.isBlank()) {
            return "String";
        }
        return switch (jsonType) {
            case "string" -> "String";
            case "integer" -> "Long";
            case "number" -> "__cedar::decimal";
            case "boolean" -> "Bool";
            default -> null;
        };
    }
}
