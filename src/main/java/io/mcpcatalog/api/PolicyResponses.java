package io.mcpcatalog.api;

import io.mcpcatalog.catalog.Sha256;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Policy documents with an ETag of their profile, format and content, so a gateway polling them gets 304 until the
 * document it asked for changes; optionally as a file to download.
 */
final class PolicyResponses {

    private PolicyResponses() {
    }

    /** {@code fileName} without extension, e.g. "mcp-ssh.strict"; only used for a download. */
    static Response of(String body, PolicyParams.Checked query, String fileName, Request request) {
        String profile = query.settings().profile().id();
        EntityTag tag = new EntityTag(Sha256.hex(profile + "\n" + query.format().id() + "\n" + body, 16));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        Response.ResponseBuilder ok = Response.ok(body, query.format().mediaType()).tag(tag);
        if (query.download()) {
            String file = fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "." + query.format().extension();
            ok.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        }
        return ok.build();
    }
}
