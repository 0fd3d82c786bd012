package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.Evidence;
import io.mcpcatalog.classify.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A tool name that several servers of the catalog list: an agent connected to more than one of them can call the
 * wrong tool, and a server can shadow another's tool by taking its name. Known only across the catalog, so the
 * finding is added when a tool is read, not when it is classified.
 */
final class NameCollisions {

    static final String FINDING_ID = "finding-name-on-several-servers";
    private static final int NAMED_SERVERS = 5;

    private NameCollisions() {
    }

    static CatalogTool withFinding(CatalogTool tool, List<String> otherServers) {
        if (otherServers.isEmpty()) {
            return tool;
        }
        String named = String.join(", ", otherServers.subList(0, Math.min(NAMED_SERVERS, otherServers.size())))
                + (otherServers.size() > NAMED_SERVERS ? " and " + (otherServers.size() - NAMED_SERVERS) + " more" : "");
        Finding finding = new Finding(FINDING_ID, "low", otherServers.size() + " other server"
                + (otherServers.size() == 1 ? "" : "s") + " in the catalog also list a tool named '" + tool.name()
                + "' (" + named + "). An agent connected to several of them can call the wrong one; a gateway should "
                + "address tools by server and name.", new Evidence(FINDING_ID, "name", tool.name()));
        Classification c = tool.classification();
        List<Finding> findings = new ArrayList<>(c.findings());
        findings.add(finding);
        return new CatalogTool(tool.serverSlug(), tool.serverName(), tool.serverCanonicalName(), tool.definition(),
                c.withFindings(findings), tool.version(), tool.updatedAt());
    }
}
