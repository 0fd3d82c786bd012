package io.mcpcatalog.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** policy.json, indented, as TAXONOMY.md defines it (catalog-data/policy.schema.json checks its shape). */
final class JsonPolicyRenderer implements PolicyRenderer {

    private static final ObjectWriter WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter();

    @Override
    public String render(PolicyDocument policy, String target) {
        try {
            return WRITER.writeValueAsString(PolicyJson.document(policy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy document is always serialisable", e);
        }
    }
}
