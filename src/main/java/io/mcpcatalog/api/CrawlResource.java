package io.mcpcatalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.crawl.CrawlConfig;
import io.mcpcatalog.crawl.CrawlJob;
import io.mcpcatalog.crawl.CrawlProgress;
import io.mcpcatalog.crawl.CrawlQueue;
import io.mcpcatalog.crawl.CrawlReads;
import io.mcpcatalog.crawl.CrawlSource;
import io.mcpcatalog.crawl.GitSource;
import io.mcpcatalog.crawl.SourceDefinitions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.file.Files;

/**
 * Crawls: queue one (admin token) as a git URL or server-side folder ({"source": ...}) or as a source definition
 * like those of crawlers/ (but no command to run and no file to read); follow the crawler's progress and each job.
 */
@Path("/api/v1/crawls")
@Produces(MediaType.APPLICATION_JSON)
public class CrawlResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CrawlQueue queue;
    @Inject
    CrawlReads reads;
    @Inject
    CrawlConfig config;

    /** 202 with the job; when the source is already queued or running, that job. */
    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enqueue(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("Send {\"source\": \"<git URL or absolute folder>\"} or a source definition "
                    + "(an object with 'kind', as in crawlers/).");
        }
        CrawlJob job = queue.enqueue(body.has("kind") ? fromDefinition(body) : fromSource(body.path("source")));
        return Response.accepted(job).location(URI.create("/api/v1/crawls/" + job.id())).build();
    }

    private static CrawlSource fromSource(JsonNode value) {
        String source = value.isTextual() ? value.asText().trim() : "";
        if (source.isEmpty() || source.length() > 2000) {
            throw ApiException.badRequest("'source' must be a git URL or an absolute folder on the server (at most 2000 characters).");
        }
        if (!GitSource.isGitUrl(source) && !(source.startsWith("/") && Files.isDirectory(java.nio.file.Path.of(source)))) {
            throw ApiException.badRequest("'" + source + "' is neither a git URL nor an existing absolute folder on the server.");
        }
        return new CrawlSource("git", source, JSON.createObjectNode().put("kind", "git"), null);
    }

    private CrawlSource fromDefinition(JsonNode definition) {
        if (definition.path("kind").asText().equals("mcp-stdio") || definition.has("file")) {
            throw ApiException.badRequest("Commands to run and files to read on the server are crawled only from the "
                    + "files of crawlers/, which the operator controls; queue them there.");
        }
        SourceDefinitions.Result result = SourceDefinitions.read(definition, java.nio.file.Path.of(config.sourcesDir()).toAbsolutePath());
        if (!result.problems().isEmpty()) {
            throw ApiException.badRequest("The source definition is not valid: " + String.join("; ", result.problems()));
        }
        if (result.sources().size() != 1) {
            throw ApiException.badRequest("Queue one source per request; this definition holds " + result.sources().size()
                    + " (put lists of sources in crawlers/).");
        }
        return result.sources().get(0);
    }

    /** Jobs per state, tools found, the sources folder's problems, and the {@code limit} most recent jobs. */
    @GET
    public CrawlProgress progress(@QueryParam("limit") @DefaultValue("50") String limit) {
        int recent;
        try {
            recent = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            recent = -1;
        }
        if (recent < 0 || recent > 500) {
            throw ApiException.badRequest("'limit' must be a number from 0 to 500, was '" + limit + "'");
        }
        return reads.progress(recent);
    }

    @GET
    @Path("/{id}")
    public CrawlJob job(@PathParam("id") String id) {
        long jobId;
        try {
            jobId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("crawl id must be a number, was '" + id + "'");
        }
        return reads.find(jobId).orElseThrow(() -> ApiException.notFound("No crawl with id " + jobId + "."));
    }
}
