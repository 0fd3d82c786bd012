package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import org.junit.jupiter.api.Test;

import static io.mcpcatalog.classify.Category.DESTRUCTIVE;
import static io.mcpcatalog.classify.Category.EXECUTE;
import static io.mcpcatalog.classify.Category.FINANCIAL;
import static io.mcpcatalog.classify.Category.READ;
import static io.mcpcatalog.classify.Category.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The measures mean what their definitions say, and the baselines follow their stated rules. */
class MeasuresAndBaselinesTest {

    @Test
    void falseSafeCountsModifyingToolsCalledReadAndCriticalRecallIsExact() {
        Scores scores = new Scores();
        scores.add(READ, READ);
        scores.add(WRITE, READ);          // false-safe
        scores.add(EXECUTE, EXECUTE);
        scores.add(DESTRUCTIVE, FINANCIAL); // critical, but not the exact category: a miss
        scores.add(FINANCIAL, FINANCIAL);
        assertEquals(0.6, scores.accuracy(), 1e-9);
        assertEquals(0.25, scores.falseSafeRate(), 1e-9);
        assertEquals(0.5, scores.criticalRecall(), 1e-9);
        assertEquals(0.5, scores.precision(READ), 1e-9);
        assertEquals(0.0, scores.recall(DESTRUCTIVE), 1e-9);
        assertTrue(Double.isNaN(new Scores().accuracy()));
    }

    @Test
    void annotationBaselineAppliesTheSpecDefaults() {
        AnnotationBaseline baseline = new AnnotationBaseline();
        assertEquals(DESTRUCTIVE, baseline.judge(tool("search", null)), "no hints: destructive by default");
        assertEquals(READ, baseline.judge(tool("search", new ToolAnnotations(null, true, true, null, null))));
        assertEquals(WRITE, baseline.judge(tool("refund", new ToolAnnotations(null, false, false, null, null))));
        assertEquals(DESTRUCTIVE, baseline.judge(tool("x", new ToolAnnotations(null, false, null, null, null))));
    }

    @Test
    void nameKeywordBaselineUsesWholeWordsAndTheMostSevereMatch() {
        assertEquals(FINANCIAL, NameKeywordBaseline.judgeName("create_refund"));
        assertEquals(DESTRUCTIVE, NameKeywordBaseline.judgeName("deleteConnection"));
        assertEquals(EXECUTE, NameKeywordBaseline.judgeName("run-query"));
        assertEquals(WRITE, NameKeywordBaseline.judgeName("sendMessage"));
        assertEquals(READ, NameKeywordBaseline.judgeName("dropdown_options"), "whole words only");
        assertEquals(READ, NameKeywordBaseline.judgeName("get_payment"));
    }

    private static CorpusTool tool(String name, ToolAnnotations annotations) {
        return new CorpusTool("s", new ServerContext("S", ""), Split.DEV, new ToolDefinition(name, "", null, null, annotations, null),
                Category.READ, "r", "p@1");
    }
}
