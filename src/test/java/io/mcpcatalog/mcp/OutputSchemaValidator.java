package io.mcpcatalog.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The MCP client's check of structured tool results against the tool's output schema, on the project's JSON Schema
 * validator: the SDK's own validator needs json-schema-validator 3.x, while the project is on 1.5.x.
 */
final class OutputSchemaValidator implements JsonSchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        Set<ValidationMessage> problems = FACTORY.getSchema(JSON.valueToTree(schema))
                .validate(JSON.valueToTree(structuredContent));
        if (!problems.isEmpty()) {
            return ValidationResponse.asInvalid(problems.stream().map(ValidationMessage::getMessage)
                    .collect(Collectors.joining("; ")));
        }
        try {
            return ValidationResponse.asValid(JSON.writeValueAsString(structuredContent));
        } catch (JsonProcessingException e) {
            return ValidationResponse.asInvalid(e.getOriginalMessage());
        }
    }
}
