package io.mcpcatalog.web;

import io.mcpcatalog.catalog.CatalogPolicies;
import io.mcpcatalog.catalog.CatalogService;
import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.catalog.CodeComparisons;
import io.mcpcatalog.catalog.CodeDisagreement;
import io.mcpcatalog.catalog.ServerDetail;
import io.mcpcatalog.catalog.ServerSummary;
import io.mcpcatalog.catalog.ToolVersionInfo;
import io.mcpcatalog.classify.Capability;
import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.Labelled;
import io.mcpcatalog.policy.PolicyFormat;
import io.mcpcatalog.policy.ToolRule;
import io.mcpcatalog.search.SearchResult;
import io.mcpcatalog.search.SearchService;
import io.mcpcatalog.search.ToolQuery;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The HTML pages: home, search, a server's risk page and a tool's risk page. Qute escapes every value. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    private static final List<Category> CATEGORIES = List.of(Category.values());
    private static final int RESULTS_PER_PAGE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(long serverCount, long toolCount, List<ServerSummary> servers,
                                             List<Category> categories);

        static native TemplateInstance search(String query, String capability, long total, List<CatalogTool> tools,
                                              String error);

        static native TemplateInstance server(ServerDetail server, ServerSummary summary, List<Category> categories,
                                              List<PolicyViews.Profile> policies);

        static native TemplateInstance notFound(String what);

        static native TemplateInstance tool(CatalogTool tool, String policyJson, String policySummary,
                                            PolicyViews.Explained explained, List<PolicyViews.ToolProfile> profiles,
                                            List<ToolVersionInfo> history, List<CatalogTool> related,
                                            List<CodeDisagreement> codeDisagreements);
    }

    @Inject
    CatalogService catalog;
    @Inject
    CatalogPolicies policies;
    @Inject
    SearchService search;
    @Inject
    CodeComparisons comparisons;

    @GET
    public TemplateInstance index() {
        return Templates.index(catalog.serverCount(), catalog.toolCount(), catalog.servers(null, null, 100), CATEGORIES);
    }

    @GET
    @Path("search")
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("capability") String capability) {
        String query = q == null ? "" : q;
        String tag = capability == null || capability.isBlank() ? null : capability.trim();
        try {
            String label = Labelled.optional(tag, Capability::fromLabel);
            SearchResult result = search.search(new ToolQuery(query, null, null, label, null, 0, RESULTS_PER_PAGE));
            return Templates.search(query, label, result.total(), result.tools(), null);
        } catch (IllegalArgumentException e) {
            return Templates.search(query, tag, 0, List.of(), e.getMessage());
        }
    }

    @GET
    @Path("servers/{slug}")
    public TemplateInstance server(@PathParam("slug") String slug) {
        ServerDetail server = catalog.server(slug).orElseThrow(() -> notFound("No server '" + slug + "' in the catalog."));
        return Templates.server(server, server.summary(), CATEGORIES, PolicyViews.serverBundles(policies, server));
    }

    @GET
    @Path("servers/{slug}/tools/{tool}")
    public TemplateInstance tool(@PathParam("slug") String slug, @PathParam("tool") String name) {
        ServerDetail server = catalog.server(slug).orElseThrow(() -> notFound("No server '" + slug + "' in the catalog."));
        CatalogTool tool = catalog.tool(slug, name).orElseThrow(() -> notFound(server.server().displayName() + " has no tool '" + name + "'."));
        ToolRule rule = policies.ruleFor(tool);
        List<CatalogTool> related = server.tools().stream().filter(t -> !t.name().equals(name)).toList();
        return Templates.tool(tool, PolicyFormat.JSON.render(policies.forTool(tool), slug), PolicySummaries.of(tool, rule),
                PolicyViews.Explained.of(rule), PolicyViews.toolProfiles(policies, tool), catalog.history(slug, name),
                related, comparisons.forTool(slug, name));
    }

    private static WebApplicationException notFound(String what) {
        return new WebApplicationException(Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML)
                .entity(Templates.notFound(what).render()).build());
    }
}
