package io.mcpcatalog.classify;

import java.util.List;

/** The classifier's verdict on one tool, with what it rests on. Confidence is in [0, 1]. */
public record Classification(Category category, Risk risk, double confidence, List<Evidence> evidence,
                             String rationale, List<Finding> findings) {

    public Classification {
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
    }
}
