package io.mcpcatalog.api;

import io.mcpcatalog.crawl.CrawlJob;
import io.mcpcatalog.crawl.CrawlQueue;
import io.mcpcatalog.crawl.GitSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

/** Crawls: enqueue a git URL or a server-side folder (admin token), and follow a crawl's state and counts. */
@Path("/api/v1/crawls")
@Produces(MediaType.APPLICATION_JSON)
public class CrawlResource {

    /** What POST /api/v1/crawls takes: a git URL (optionally "#commit") or an absolute folder on the server. */
    public record CrawlRequest(String source) {
    }

    @Inject
    CrawlQueue queue;

    @POST
    @AdminOnly
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enqueue(CrawlRequest request) {
        String source = request == null || request.source() == null ? "" : request.source().trim();
        if (source.isEmpty() || source.length() > 2000) {
            throw ApiException.badRequest("'source' must be a git URL or an absolute folder on the server (at most 2000 characters).");
        }
        if (!GitSource.isGitUrl(source) && !(source.startsWith("/") && Files.isDirectory(java.nio.file.Path.of(source)))) {
            throw ApiException.badRequest("'" + source + "' is neither a git URL nor an existing absolute folder on the server.");
        }
        CrawlJob job = queue.enqueue(source);
        return Response.accepted(job).location(URI.create("/api/v1/crawls/" + job.id())).build();
    }

    @GET
    public List<CrawlJob> recent() {
        return queue.recent(50);
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
        return queue.find(jobId).orElseThrow(() -> ApiException.notFound("No crawl with id " + jobId + "."));
    }
}
