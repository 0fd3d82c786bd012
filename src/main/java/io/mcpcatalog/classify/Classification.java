package io.mcpcatalog.classify;

import java.util.List;

/**
 * The classifier's verdict on one tool, with what it rests on. Confidence is in [0, 1]. Capabilities are in
 * {@link Capability} order, one tag each.
 */
public record Classification(Category category, Risk risk, double confidence, List<Evidence> evidence,
                             String rationale, List<Finding> findings, List<CapabilityTag> capabilities) {

    public Classification {
        evidence = List.copyOf(evidence);
        findings = List.copyOf(findings);
        capabilities = List.copyOf(capabilities);
    }

    /** The capabilities' labels ("shell", "network"), in the same order. */
    public List<String> capabilityLabels() {
        return capabilities.stream().map(CapabilityTag::capability).toList();
    }

    /** The same verdict with other findings. */
    public Classification withFindings(List<Finding> replaced) {
        return new Classification(category, risk, confidence, evidence, rationale, replaced, capabilities);
    }
}
