package io.mcpcatalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.catalog.ImportReport;
import io.mcpcatalog.catalog.ImportService;
import io.mcpcatalog.catalog.ToolsListTarget;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Imports a catalog snapshot, or a tools/list result for the server named by {@code server} and/or
 * {@code repository}. Needs the admin token. A bad body is a 400 that lists what is wrong; nothing is written.
 */
@Path("/api/v1/imports")
@AdminOnly
public class ImportResource {

    @Inject
    ImportService imports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport importDocument(JsonNode body, @QueryParam("server") String server,
                                       @QueryParam("repository") String repository, @QueryParam("path") String path) {
        if (body == null) {
            throw ApiException.badRequest("The body is empty: send a catalog snapshot or a tools/list result as JSON.");
        }
        return imports.importDocument(body, new ToolsListTarget(server, repository, path), "api");
    }
}
