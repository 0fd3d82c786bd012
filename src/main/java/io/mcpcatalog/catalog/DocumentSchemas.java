package io.mcpcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON Schemas of catalog-data/ (shipped inside the jar), compiled once. */
final class DocumentSchemas {

    static final JsonSchema SNAPSHOT = load("catalog-data/snapshot.schema.json");
    static final JsonSchema TOOLS_LIST = load("catalog-data/tools-list.schema.json");

    private DocumentSchemas() {
    }

    /** Problems as "where: what", e.g. "$.servers[0].tools[2].name: must match the pattern ...". */
    static List<Problem> validate(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream()
                .map(message -> new Problem(message.getInstanceLocation().toString(), describe(message)))
                .sorted(java.util.Comparator.comparing(Problem::location))
                .toList();
    }

    record Problem(String location, String message) {

        @Override
        public String toString() {
            return message;
        }
    }

    private static String describe(ValidationMessage message) {
        return message.getMessage();
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = DocumentSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode schema = CatalogJson.MAPPER.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
