package io.mcpcatalog.classify.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpcatalog.classify.Finding;
import io.mcpcatalog.classify.RuleLoader;
import io.mcpcatalog.classify.ToolClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus holds ordinary tools of public servers, none known to be hostile: a finding on any of them is a
 * false alarm (a description that merely mentions a secret, another tool or a history is not an attack).
 */
class FindingsOnCorpusTest {

    @Test
    void noFindingOnOrdinaryRealTools() {
        ToolClassifier classifier = new ToolClassifier(RuleLoader.fromClasspath());
        List<String> alarms = new ArrayList<>();
        for (CorpusTool tool : CorpusLoader.fromClasspath()) {
            for (Finding finding : classifier.classify(tool.tool(), tool.context()).findings()) {
                alarms.add(finding.id() + " on " + tool.server() + "/" + tool.tool().name());
            }
        }
        assertEquals(List.of(), alarms);
    }
}
