package io.mcpcatalog.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The evidence kept when a server is known both from its code and from introspection: tools defined in the code
 * but not listed by the running server, tools listed but not found in the code, and descriptions that differ.
 * Computed on reading from the latest code crawl and the current tools, so it is never stale. Empty unless both
 * are known.
 */
@ApplicationScoped
@Transactional
public class CodeComparisons {

    private static final int QUOTE_LIMIT = 300;

    @Inject
    ServerRepository servers;
    @Inject
    ToolRepository tools;
    @Inject
    CodeLiveMerge merge;

    public List<CodeDisagreement> forServer(String slug) {
        return servers.findBySlug(slug).map(this::compare).orElse(List.of());
    }

    public List<CodeDisagreement> forTool(String slug, String name) {
        return forServer(slug).stream().filter(d -> d.tool().equals(name)).toList();
    }

    private List<CodeDisagreement> compare(ServerEntity server) {
        if (server.introspectedAt == null) {
            return List.of();
        }
        Map<String, CodeToolEntity> code = merge.codeTools(server);
        if (code.isEmpty()) {
            return List.of();
        }
        Map<String, ToolVersionEntity> live = tools.current(server).stream()
                .collect(Collectors.toMap(t -> t.name, t -> t.currentVersion, (a, b) -> a));
        String commit = code.values().iterator().next().commitSha;
        String codeName = commit == null ? "the code" : "the code (commit " + shortCommit(commit) + ")";
        List<CodeDisagreement> found = new ArrayList<>();
        for (String name : new TreeSet<>(union(code, live))) {
            CodeToolEntity defined = code.get(name);
            ToolVersionEntity listed = live.get(name);
            if (listed == null) {
                found.add(new CodeDisagreement(name, "in-code-not-listed", "Defined in " + codeName + where(defined)
                        + " but not listed by the running server.", quote(defined.description), null));
            } else if (defined == null) {
                found.add(new CodeDisagreement(name, "listed-not-in-code", "Listed by the running server but not "
                        + "found in " + codeName + ".", null, quote(listed.description)));
            } else if (!defined.description.isBlank() && !same(defined.description, listed.description)) {
                found.add(new CodeDisagreement(name, "description-differs", "The running server describes the tool "
                        + "differently from " + codeName + "; the running server's description is catalogued.",
                        quote(defined.description), quote(listed.description)));
            }
        }
        return found;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> names = new ArrayList<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }

    private static String where(CodeToolEntity defined) {
        if (defined.sourceFile == null) {
            return "";
        }
        return " at " + defined.sourceFile + (defined.sourceLine == null ? "" : ":" + defined.sourceLine);
    }

    private static boolean same(String code, String live) {
        return normalized(code).equals(normalized(live));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String quote(String text) {
        return text == null || text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
