package io.mcpcatalog.api;

import io.mcpcatalog.classify.Capability;
import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.Labelled;
import io.mcpcatalog.classify.Risk;
import io.mcpcatalog.search.SearchResult;
import io.mcpcatalog.search.SearchService;
import io.mcpcatalog.search.ToolQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Searches tools across the catalog: text (names split into words), filters by category, risk, capability and server.
 */
@Path("/api/v1/tools")
@Produces(MediaType.APPLICATION_JSON)
public class ToolSearchResource {

    private static final int DEFAULT_LIMIT = 20;

    @Inject
    SearchService search;

    @GET
    public PageDto<ToolSummaryDto> search(@QueryParam("q") String q, @QueryParam("category") String category,
                                          @QueryParam("risk") String risk,
                                          @QueryParam("capability") String capability,
                                          @QueryParam("server") String server,
                                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit, DEFAULT_LIMIT);
        int offset = Cursors.decodeOffset(cursor);
        SearchResult result;
        try {
            result = search.search(new ToolQuery(q, Labelled.optional(category, Category::fromLabel),
                    Labelled.optional(risk, Risk::fromLabel), Labelled.optional(capability, Capability::fromLabel),
                    blankToNull(server), offset, size));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        String next = offset + size < result.total() ? Cursors.encode(Integer.toString(offset + size)) : null;
        return new PageDto<>(result.tools().stream().map(DtoMapper::toolSummary).toList(), result.total(), next);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
