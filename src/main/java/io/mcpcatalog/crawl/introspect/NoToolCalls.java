package io.mcpcatalog.crawl.introspect;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The SDK client's validator of tool call results. Introspection calls no tool, so none is ever validated; giving
 * the client this one keeps it from loading its default, which needs json-schema-validator 3 while the catalog
 * uses version 1 of the same library (tools/list results are checked with the catalog's own schema).
 */
final class NoToolCalls implements JsonSchemaValidator {

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        return ValidationResponse.asInvalid("introspection calls no tools");
    }
}
