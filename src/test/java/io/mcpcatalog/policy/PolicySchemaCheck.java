package io.mcpcatalog.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** catalog-data/policy.schema.json, compiled once, for tests that check policy.json documents against it. */
public final class PolicySchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private PolicySchemaCheck() {
    }

    /** What the schema finds wrong with the document; empty when it is a valid policy.json. */
    public static Set<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::toString).collect(Collectors.toSet());
    }

    static Set<String> problems(PolicyDocument policy) {
        return problems(JSON.valueToTree(PolicyJson.document(policy)));
    }

    private static JsonSchema load() {
        try (InputStream in = PolicySchemaCheck.class.getClassLoader().getResourceAsStream("catalog-data/policy.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
