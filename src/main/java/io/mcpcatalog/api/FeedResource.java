package io.mcpcatalog.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.catalog.CatalogFeed;
import io.mcpcatalog.catalog.CatalogPolicies;
import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.catalog.FeedChange;
import io.mcpcatalog.catalog.FeedPage;
import io.mcpcatalog.policy.PolicyJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The catalog feed for gateways: every tool whose classification or policy changed after a cursor, in the order
 * of the changes, with tombstones for tools that left their server. Pages as JSON, or with
 * {@code Accept: application/x-ndjson} the whole feed from the cursor as one stream (a full mirror).
 */
@Path("/api/v1/feed")
public class FeedResource {

    static final String NDJSON = "application/x-ndjson";
    private static final MediaType NDJSON_TYPE = MediaType.valueOf(NDJSON);
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;
    private static final int STREAM_BUFFER = 64 * 1024;

    @Inject
    CatalogFeed feed;
    @Inject
    CatalogPolicies policies;
    @Inject
    ObjectMapper json;

    @GET
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    public Response read(@QueryParam("since") String since, @QueryParam("limit") String limit,
                         @Context HttpHeaders headers) {
        int size = Cursors.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        long after = FeedCursors.position(since, feed.latestPosition());
        if (headers.getAcceptableMediaTypes().stream().anyMatch(NDJSON_TYPE::equals)) {
            return Response.ok((StreamingOutput) out -> stream(after, out), NDJSON_TYPE).build();
        }
        FeedPage page = feed.page(after, size);
        FeedPageDto dto = new FeedPageDto(page.changes().stream().map(this::entry).toList(),
                FeedCursors.encode(page.last()), page.more());
        return Response.ok(dto, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** One JSON document a line; the end line carries the cursor, so a stream cut short is recognisable. */
    private void stream(long after, OutputStream out) throws IOException {
        OutputStream buffered = new BufferedOutputStream(out, STREAM_BUFFER);
        long last = feed.stream(after, change -> writeLine(buffered, entry(change)));
        writeLine(buffered, new FeedStreamEndDto("end", FeedCursors.encode(last)));
        buffered.flush();
    }

    private void writeLine(OutputStream out, Object value) throws IOException {
        out.write(json.writeValueAsBytes(value));
        out.write('\n');
    }

    private FeedEntryDto entry(FeedChange change) {
        String cursor = FeedCursors.encode(change.position());
        if (change.removed()) {
            return new FeedEntryDto("delete", cursor, change.serverSlug(), change.toolName(), null, null, null, null,
                    null);
        }
        CatalogTool tool = change.tool();
        return new FeedEntryDto("upsert", cursor, change.serverSlug(), change.toolName(), tool.version(),
                tool.classification().category().label(), tool.classification().risk().label(),
                tool.classification().confidence(), PolicyJson.document(policies.forTool(tool)));
    }
}
