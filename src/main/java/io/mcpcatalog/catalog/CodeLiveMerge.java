package io.mcpcatalog.catalog;

import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges what a server's code defines with what the running server lists, inside the writer's transaction. The
 * running server is authoritative for names, descriptions, schemas and annotations; the code adds where each tool
 * is defined. Every code crawl's own list is kept (code_tools), so {@link CodeComparisons} can show where the two
 * disagree. A code crawl of a server that was introspected changes only the locations, never the tool list.
 */
@ApplicationScoped
class CodeLiveMerge {

    /** The import kind of a crawl that read the server's code. */
    static final String CODE_KIND = "crawl";

    @Inject
    EntityManager entityManager;
    @Inject
    ToolRepository tools;

    /** A live import as it is written: each tool with where the code defines it, the server's code facts kept. */
    ServerImport prepare(ServerEntity server, ServerImport data) {
        if (data.live() == null || server.id == null) {
            return data;
        }
        Map<String, CodeToolEntity> code = codeTools(server);
        List<ToolDefinition> located = data.tools().stream().map(tool -> located(tool, code.get(tool.name()))).toList();
        return new ServerImport(data.identity(), orElse(data.repository(), server.repository), data.path(),
                orElse(data.language(), server.language),
                data.description() == null || data.description().isBlank() ? server.description : data.description(),
                orElse(data.commit(), server.commitSha), data.crawledAt(), located, data.live());
    }

    /** Records what the import says beside its tools: the running server's facts, or the code's own tool list. */
    void record(ServerEntity server, ServerImport data, String kind, OffsetDateTime now) {
        LiveServer live = data.live();
        if (live != null) {
            server.liveName = live.serverName();
            server.liveVersion = live.serverVersion();
            server.protocolVersion = live.protocolVersion();
            server.packageName = live.packageName();
            server.packageVersion = live.packageVersion();
            server.transport = live.transport();
            server.sandbox = live.sandbox();
            server.introspectedAt = live.introspectedAt();
        } else if (CODE_KIND.equals(kind)) {
            entityManager.createQuery("delete from CodeToolEntity c where c.server = :server")
                    .setParameter("server", server).executeUpdate();
            Set<String> names = new HashSet<>();
            data.tools().stream().filter(tool -> names.add(tool.name()))
                    .forEach(tool -> entityManager.persist(codeTool(server, tool, data.commit(), now)));
        }
    }

    /** Whether the import is code arriving for a server whose running tools are known: it adds locations only. */
    boolean keepsLiveTools(ServerEntity server, ServerImport data, String kind) {
        return data.live() == null && CODE_KIND.equals(kind) && server.introspectedAt != null;
    }

    /**
     * Gives the listed tools the locations of the latest code crawl, in place: a location is not part of what a
     * client sees (not in the content hash), so it makes no new version.
     */
    void attachSources(ServerEntity server) {
        Map<String, CodeToolEntity> code = codeTools(server);
        for (ToolEntity tool : tools.current(server)) {
            CodeToolEntity defined = code.get(tool.name);
            ToolVersionEntity version = tool.currentVersion;
            version.sourceFile = defined == null ? null : defined.sourceFile;
            version.sourceLine = defined == null ? null : defined.sourceLine;
            version.sourcePattern = defined == null ? null : defined.sourcePattern;
        }
    }

    /**
     * Whether a new version only reflects the switch from the code's account of a tool to the running server's,
     * which is no change of the server (so no "definition changed" finding).
     */
    boolean switchesSource(ToolVersionEntity previous, ServerImport data) {
        return data.live() != null && previous.importRun != null && CODE_KIND.equals(previous.importRun.kind);
    }

    Map<String, CodeToolEntity> codeTools(ServerEntity server) {
        return entityManager.createQuery("from CodeToolEntity c where c.server = :server", CodeToolEntity.class)
                .setParameter("server", server).getResultStream()
                .collect(Collectors.toMap(c -> c.name, Function.identity(), (a, b) -> a));
    }

    private static ToolDefinition located(ToolDefinition tool, CodeToolEntity defined) {
        if (defined == null || (defined.sourceFile == null && defined.sourcePattern == null)) {
            return tool;
        }
        return new ToolDefinition(tool.name(), tool.description(), tool.params(), tool.inputSchema(),
                tool.annotations(), new SourceLocation(defined.sourceFile, defined.sourceLine, defined.sourcePattern));
    }

    private static CodeToolEntity codeTool(ServerEntity server, ToolDefinition tool, String commit, OffsetDateTime now) {
        CodeToolEntity entity = new CodeToolEntity();
        entity.server = server;
        entity.name = tool.name();
        entity.description = tool.description() == null ? "" : tool.description();
        if (tool.source() != null) {
            entity.sourceFile = tool.source().file();
            entity.sourceLine = tool.source().line();
            entity.sourcePattern = tool.source().pattern();
        }
        entity.commitSha = commit;
        entity.seenAt = now;
        return entity;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
