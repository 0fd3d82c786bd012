package io.mcpcatalog.bench;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.classify.eval.CorpusTool;
import io.mcpcatalog.classify.eval.NameKeywordBaseline;
import io.mcpcatalog.classify.eval.Split;
import io.mcpcatalog.extract.ToolDefinition;

/** The name-keyword baseline reached through its public Judge interface, as the benchmark's trivial reference. */
final class NameKeywords {

    private static final NameKeywordBaseline BASELINE = new NameKeywordBaseline();

    private NameKeywords() {
    }

    static Category judge(String name) {
        return BASELINE.judge(new CorpusTool("", ServerContext.UNKNOWN, Split.DEV, new ToolDefinition(name, "", null, null, null, null),
                Category.READ, "", ""));
    }
}
