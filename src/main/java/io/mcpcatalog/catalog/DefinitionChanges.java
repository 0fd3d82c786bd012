package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.Evidence;
import io.mcpcatalog.classify.Finding;
import io.mcpcatalog.extract.ToolDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A tool whose definition changed after it was first catalogued gets a finding that says so: a description that
 * changes silently after users approved the tool is how a "rug pull" works. The finding survives reclassification.
 */
final class DefinitionChanges {

    static final String FINDING_ID = "finding-definition-changed";
    private static final int QUOTE_LIMIT = 300;

    private DefinitionChanges() {
    }

    /** The classification with a finding describing the change from {@code previous} to {@code current}. */
    static Classification withChange(Classification classification, ToolVersionEntity previous, ToolDefinition current) {
        boolean descriptionChanged = !previous.description.equals(current.description());
        String what = descriptionChanged ? "description" : "input schema or annotations";
        String was = descriptionChanged ? previous.description : previous.inputSchema;
        Finding finding = new Finding(FINDING_ID, descriptionChanged ? "medium" : "low",
                "The " + what + " changed after version " + previous.versionNo + " was catalogued; review the new "
                        + what + " before trusting an earlier approval.",
                new Evidence(FINDING_ID, descriptionChanged ? "description" : "schema", quote(was)));
        List<Finding> findings = new ArrayList<>(classification.findings());
        findings.add(finding);
        return new Classification(classification.category(), classification.risk(), classification.confidence(),
                classification.evidence(), classification.rationale(), findings);
    }

    /** A fresh classification of an unchanged version keeps the change findings recorded before. */
    static Classification keepingChanges(Classification fresh, List<Finding> stored) {
        List<Finding> findings = new ArrayList<>(fresh.findings());
        stored.stream().filter(finding -> FINDING_ID.equals(finding.id())).forEach(findings::add);
        return new Classification(fresh.category(), fresh.risk(), fresh.confidence(), fresh.evidence(),
                fresh.rationale(), findings);
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
    }
}
