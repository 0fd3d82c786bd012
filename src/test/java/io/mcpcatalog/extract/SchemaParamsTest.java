package io.mcpcatalog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaParamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aUnionOfTypedBranchesNamesItsTypes() throws Exception {
        List<ToolParam> params = SchemaParams.fromSchema(JSON.readTree("""
                {"type": "object", "required": ["group_ids"], "properties": {
                  "group_ids": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}},
                                          {"type": "null"}]},
                  "filter": {"oneOf": [{"type": "string"}, {"$ref": "#/$defs/Filter"}]},
                  "mode": {"type": ["string", "null"]},
                  "anything": {}
                }}"""));
        assertEquals(List.of("string|array|null", "union", "string|null", "any"),
                params.stream().map(ToolParam::type).toList());
        assertEquals(List.of(true, false, false, false), params.stream().map(ToolParam::required).toList());
    }
}
