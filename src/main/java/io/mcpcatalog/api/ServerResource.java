package io.mcpcatalog.api;

import io.mcpcatalog.catalog.CatalogPolicies;
import io.mcpcatalog.catalog.CatalogService;
import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.catalog.CodeComparisons;
import io.mcpcatalog.catalog.ServerDetail;
import io.mcpcatalog.catalog.ServerSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/v1/servers")
@Produces(MediaType.APPLICATION_JSON)
public class ServerResource {

    private static final int DEFAULT_LIMIT = 20;

    @Inject
    CatalogService catalog;
    @Inject
    CatalogPolicies policies;
    @Inject
    CodeComparisons comparisons;

    @GET
    public PageDto<ServerSummaryDto> list(@QueryParam("q") String q, @QueryParam("limit") String limit,
                                          @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit, DEFAULT_LIMIT);
        List<ServerSummary> page = catalog.servers(q, Cursors.decode(cursor), size + 1);
        String next = page.size() > size ? Cursors.encode(page.get(size - 1).server().slug()) : null;
        return new PageDto<>(page.stream().limit(size).map(DtoMapper::serverSummary).toList(), null, next);
    }

    @GET
    @Path("/{slug}")
    public ServerDetailDto server(@PathParam("slug") String slug) {
        return DtoMapper.serverDetail(findServer(slug), comparisons.forServer(slug));
    }

    @GET
    @Path("/{slug}/policy")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response serverPolicy(@PathParam("slug") String slug, @BeanParam PolicyParams params,
                                 @Context Request request) {
        PolicyParams.Checked query = params.check(policies);
        ServerDetail server = findServer(slug);
        String body = query.format().render(policies.forServer(server, query.settings()), slug);
        return PolicyResponses.of(body, query, slug + "." + query.settings().profile().id(), request);
    }

    @GET
    @Path("/{slug}/tools/{tool}")
    public ToolDto tool(@PathParam("slug") String slug, @PathParam("tool") String tool) {
        return DtoMapper.tool(findTool(slug, tool), comparisons.forTool(slug, tool));
    }

    @GET
    @Path("/{slug}/tools/{tool}/policy")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response toolPolicy(@PathParam("slug") String slug, @PathParam("tool") String tool,
                               @BeanParam PolicyParams params, @Context Request request) {
        PolicyParams.Checked query = params.check(policies);
        CatalogTool found = findTool(slug, tool);
        String body = query.format().render(policies.forTool(found, query.settings()), slug);
        return PolicyResponses.of(body, query, slug + "." + tool + "." + query.settings().profile().id(), request);
    }

    private ServerDetail findServer(String slug) {
        return catalog.server(slug).orElseThrow(() -> ApiException.notFound("No server with slug '" + slug + "'."));
    }

    private CatalogTool findTool(String slug, String tool) {
        return catalog.tool(slug, tool).orElseThrow(() -> catalog.hasServer(slug)
                ? ApiException.notFound("Server '" + slug + "' has no tool named '" + tool + "'.")
                : ApiException.notFound("No server with slug '" + slug + "'."));
    }
}
