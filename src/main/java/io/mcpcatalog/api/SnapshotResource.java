package io.mcpcatalog.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.catalog.SnapshotExporter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The whole catalog as a snapshot document, the format POST /api/v1/imports takes back. */
@Path("/api/v1/snapshot")
public class SnapshotResource {

    @Inject
    SnapshotExporter exporter;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode snapshot() {
        return exporter.export();
    }
}
