package io.mcpcatalog.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.catalog.Sha256;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Policy documents with an ETag of their content, so a gateway polling them gets 304 until one changes. */
final class PolicyResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyResponses() {
    }

    static Response of(Map<String, Object> document, Request request) {
        String body;
        try {
            body = JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a policy document is always serialisable", e);
        }
        EntityTag tag = new EntityTag(Sha256.hex(body, 16));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }
}
