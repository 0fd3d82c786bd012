package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.Evidence;
import io.mcpcatalog.classify.Finding;
import io.mcpcatalog.extract.ToolDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tool whose definition changed after it was first catalogued gets a finding that says so: a description that
 * changes silently after users approved the tool is how a "rug pull" works. When the server reports the same
 * release before and after, the change came without a version change, and the finding is graver. The finding
 * survives reclassification.
 */
final class DefinitionChanges {

    static final String FINDING_ID = "finding-definition-changed";
    static final String SILENT_FINDING_ID = "finding-changed-without-version-change";
    private static final Set<String> IDS = Set.of(FINDING_ID, SILENT_FINDING_ID);
    private static final int QUOTE_LIMIT = 300;

    private DefinitionChanges() {
    }

    /**
     * The classification with a finding describing the change from {@code previous} to {@code current}, made while
     * the server reported {@code release} (null when unknown).
     */
    static Classification withChange(Classification classification, ToolVersionEntity previous, ToolDefinition current,
                                     String release) {
        boolean descriptionChanged = !previous.description.equals(current.description());
        String what = descriptionChanged ? "description" : "input schema or annotations";
        String field = descriptionChanged ? "description" : "schema";
        String was = quote(descriptionChanged ? previous.description : previous.inputSchema);
        boolean silent = release != null && release.equals(previous.serverVersion);
        Finding finding = silent
                ? new Finding(SILENT_FINDING_ID, descriptionChanged ? "high" : "medium",
                        "The " + what + " changed after version " + previous.versionNo + " was catalogued while the"
                                + " server still reports release " + release + "; a definition that changes without"
                                + " a release is how a tool is swapped after approval. Review it before trusting"
                                + " an earlier approval.",
                        new Evidence(SILENT_FINDING_ID, field, was))
                : new Finding(FINDING_ID, descriptionChanged ? "medium" : "low",
                        "The " + what + " changed after version " + previous.versionNo + " was catalogued"
                                + releaseChange(previous.serverVersion, release) + "; review the new " + what
                                + " before trusting an earlier approval.",
                        new Evidence(FINDING_ID, field, was));
        List<Finding> findings = new ArrayList<>(classification.findings());
        findings.add(finding);
        return classification.withFindings(findings);
    }

    /** A fresh classification of an unchanged version keeps the change findings recorded before. */
    static Classification keepingChanges(Classification fresh, List<Finding> stored) {
        List<Finding> findings = new ArrayList<>(fresh.findings());
        stored.stream().filter(finding -> IDS.contains(finding.id())).forEach(findings::add);
        return fresh.withFindings(findings);
    }

    private static String releaseChange(String before, String after) {
        if (before == null || after == null || Objects.equals(before, after)) {
            return "";
        }
        return ", with the server's release moving from " + before + " to " + after;
    }

    private static String quote(String text) {
        return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
    }
}
