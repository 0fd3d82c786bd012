package io.mcpcatalog.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** policy.json, indented, as TAXONOMY.md defines it (catalog-data/policy.schema.json checks its shape). */
final class JsonPolicyRenderer implements PolicyRenderer {

    /** Indented like most hand-written JSON: "key": value, one array item per line. */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

    @Override
    public String render(PolicyDocument policy, String target) {
        try {
            return WRITER.writeValueAsString(PolicyJson.document(policy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy document is always serialisable", e);
        }
    }
}
