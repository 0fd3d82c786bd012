package io.mcpcatalog.cli;

import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.RuleLoader;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.classify.ToolClassifier;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ScannedServer;
import io.mcpcatalog.policy.PolicyCompiler;
import io.mcpcatalog.policy.PolicyHandleLoader;
import io.mcpcatalog.policy.ToolPolicyInput;
import io.mcpcatalog.policy.ToolRule;

/** Classification and recommended rule of scanned tools, with the shipped rules compiled once. */
final class ToolVerdicts {

    private final ToolClassifier classifier = new ToolClassifier(RuleLoader.fromClasspath());
    private final PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault());

    record Verdict(Classification classification, ToolRule rule) {
    }

    Verdict judge(ScannedServer server, ExtractedTool tool) {
        Classification classification = classifier.classify(tool.definition(), new ServerContext(server.name(),
                server.description()));
        ToolRule rule = compiler.ruleFor(new ToolPolicyInput(tool.name(), classification.category(), tool.definition().params()));
        return new Verdict(classification, rule);
    }
}
