package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.RuleLoader;
import io.mcpcatalog.classify.ToolClassifier;

/** The shipped rule classifier, compiled once, judging each tool with its server's name as context. */
public final class RuleJudge implements Judge {

    private final ToolClassifier classifier;

    public RuleJudge(ToolClassifier classifier) {
        this.classifier = classifier;
    }

    public static RuleJudge shipped() {
        return new RuleJudge(new ToolClassifier(RuleLoader.fromClasspath()));
    }

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public Category judge(CorpusTool tool) {
        return classifier.classify(tool.tool(), tool.context()).category();
    }

    @Override
    public String rationale(CorpusTool tool) {
        return classifier.classify(tool.tool(), tool.context()).rationale();
    }
}
