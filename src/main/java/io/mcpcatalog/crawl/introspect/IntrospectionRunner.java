package io.mcpcatalog.crawl.introspect;

import io.mcpcatalog.catalog.ImportDocumentParser;
import io.mcpcatalog.catalog.ImportRejectedException;
import io.mcpcatalog.catalog.ImportReport;
import io.mcpcatalog.catalog.ImportService;
import io.mcpcatalog.catalog.LiveServer;
import io.mcpcatalog.catalog.ServerImport;
import io.mcpcatalog.crawl.CrawlConfig;
import io.mcpcatalog.crawl.CrawlFailure;
import io.mcpcatalog.crawl.CrawlJobRunner;
import io.mcpcatalog.crawl.CrawlRequest;
import io.mcpcatalog.crawl.CrawlResult;
import io.mcpcatalog.extract.ToolDefinition;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Runs introspection jobs (kinds npm, mcp-stdio, mcp-http): start or reach the server, list its tools, validate
 * the list like any tools/list import and import it in one transaction with what the server said of itself. An npm
 * job whose resolved version equals the last one crawled runs nothing, unless {@link RelistWindow} says the server
 * is due to be listed again (its result is then marked a re-list). Any failure writes nothing.
 */
@ApplicationScoped
public class IntrospectionRunner implements CrawlJobRunner {

    static final String IMPORT_KIND = "introspection";
    private static final Logger LOG = Logger.getLogger(IntrospectionRunner.class);
    private static final Duration MIN_STALE_AGE = Duration.ofMinutes(30);

    @Inject
    IntrospectConfig config;
    @Inject
    CrawlConfig crawlConfig;
    @Inject
    ImportService imports;

    private final ImportDocumentParser parser = new ImportDocumentParser();
    private volatile Sandbox sandbox;

    void onStart(@Observes StartupEvent event) {
        relistWindow();
        sandbox();
        int removed = WorkFolders.removeStale(workRoot(), Instant.now().minus(staleAge()));
        if (removed > 0) {
            LOG.infof("introspection: removed %d work folders left by stopped instances", removed);
        }
    }

    /** Far longer than a job may run (start and listing limits), so a live job's folder is never taken. */
    private Duration staleAge() {
        Duration longest = config.startTimeout().plus(config.listTimeout()).multipliedBy(4);
        return longest.compareTo(MIN_STALE_AGE) > 0 ? longest : MIN_STALE_AGE;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("npm", "mcp-stdio", "mcp-http");
    }

    @Override
    public CrawlResult run(CrawlRequest request) throws CrawlFailure {
        JobSpec spec = JobSpec.of(request.kind(), request.spec());
        try {
            InstalledPackage installed = null;
            boolean relist = false;
            Introspection introspection;
            switch (request.kind()) {
                case "npm" -> {
                    NpmPackages npm = NpmPackages.of(config);
                    String version = npm.resolve(spec.packageName(), spec.version());
                    relist = version.equals(request.lastVersion());
                    if (relist && !relistWindow().due(request.lastListedAt(), Instant.now())) {
                        LOG.infof("introspection %d of %s: version %s unchanged, listed at %s, nothing run",
                                request.jobId(), request.source(), version, request.lastListedAt());
                        return new CrawlResult(version, true, 0, 0, null, "[]");
                    }
                    installed = npm.install(spec.packageName(), version);
                    introspection = introspector().stdio(ServerCommand.npm(config.node(), spec, installed));
                }
                case "mcp-stdio" -> introspection = introspector().stdio(ServerCommand.stdio(spec));
                default -> introspection = introspector().http(spec.url(), spec.headers());
            }
            CrawlResult result = importResult(request, spec, installed, introspection);
            return relist ? result.asRelist() : result;
        } catch (IntrospectionFailure e) {
            LOG.warnf("introspection %d of %s failed (sandbox %s): %s", request.jobId(), request.source(),
                    sandbox().level().label(), e.getMessage());
            throw new CrawlFailure(e.getMessage(), e);
        }
    }

    private CrawlResult importResult(CrawlRequest request, JobSpec spec, InstalledPackage installed,
                                     Introspection introspection) throws CrawlFailure {
        List<ToolDefinition> tools;
        try {
            tools = parser.toolsList(introspection.toolsList());
        } catch (ImportRejectedException e) {
            throw new CrawlFailure("tool list invalid: " + String.join("; ", e.problems()), e);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LiveServer live = new LiveServer(introspection.serverName(), introspection.serverVersion(),
                introspection.protocolVersion(), installed == null ? null : installed.name(),
                installed == null ? null : installed.version(), introspection.transport(),
                introspection.sandbox() == null ? null : introspection.sandbox().label(), now);
        ServerImport server = new ServerImport(LiveIdentities.of(spec, installed, introspection, request.source()),
                LiveIdentities.repository(spec, installed), LiveIdentities.path(spec, installed), null,
                LiveIdentities.description(installed, introspection), null, now,
                tools, live);
        ImportReport report = imports.importServers(IMPORT_KIND, request.source(), List.of(server));
        String version = installed != null ? installed.version() : introspection.serverVersion();
        LOG.infof("introspection %d of %s done: %s %s (protocol %s) over %s, %d tools in %d pages, sandbox %s",
                request.jobId(), request.source(), introspection.serverName(), introspection.serverVersion(),
                introspection.protocolVersion(), introspection.transport(), tools.size(), introspection.pages(),
                live.sandbox() == null ? "not applicable (remote)" : live.sandbox());
        return new CrawlResult(version, false, 1, tools.size(), report.runId(), "[]");
    }

    /** Checked at start too, so a negative setting stops the service rather than failing every npm job. */
    private RelistWindow relistWindow() {
        return new RelistWindow(crawlConfig.relistUnchangedAfter());
    }

    private LiveIntrospector introspector() throws IntrospectionFailure {
        Sandbox chosen = sandbox();
        if ("isolated".equals(config.sandbox()) && chosen.level() != SandboxLevel.ISOLATED) {
            throw new IntrospectionFailure("the isolated sandbox is required (catalog.introspect.sandbox=isolated) "
                    + "but this machine cannot provide it: " + chosen.reason());
        }
        return new LiveIntrospector(chosen, workRoot(), config.path(), new IntrospectionLimits(config.startTimeout(),
                config.listTimeout(), config.maxOutputBytes(), config.maxPages()));
    }

    /** The sandbox used for every server, detected once. */
    public Sandbox sandbox() {
        Sandbox detected = sandbox;
        if (detected == null) {
            synchronized (this) {
                if (sandbox == null) {
                    sandbox = "none".equals(config.sandbox()) ? Sandbox.none("catalog.introspect.sandbox=none")
                            : Sandbox.detect(workRoot());
                    LOG.infof("introspection sandbox: %s", sandbox);
                }
                detected = sandbox;
            }
        }
        return detected;
    }

    private Path workRoot() {
        return config.workDir().map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir"), "mcp-catalog-introspect"));
    }
}
