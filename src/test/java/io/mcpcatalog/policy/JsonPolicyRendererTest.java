package io.mcpcatalog.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;
import org.junit.jupiter.api.Test;

/** policy.json as text: indented, "key": value, the same bytes every time (the ETag depends on them). */
class JsonPolicyRendererTest {

    @Test
    void stopBackgroundRendersAsReadableJson() {
        PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault());
        PolicyDocument policy = compiler.forTool(new ToolPolicyInput("stopBackground", Category.EXECUTE,
                List.of(new ToolParam("connectionId", "string", true, null, List.of()))));
        String expected = String.join(System.lineSeparator(),
                "{",
                "  \"version\": \"1\",",
                "  \"default\": \"deny\",",
                "  \"tools\": {",
                "    \"stopBackground\": {",
                "      \"limits\": [",
                "        {",
                "          \"counter\": \"stopbackground_rate\",",
                "          \"window\": \"minute\",",
                "          \"max\": 10,",
                "          \"scope\": \"grant\"",
                "        }",
                "      ]",
                "    }",
                "  }",
                "}");
        assertEquals(expected, PolicyFormat.JSON.render(policy, "mcp-ssh"));
    }
}
