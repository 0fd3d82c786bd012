package io.mcpcatalog.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mcpcatalog.catalog.ImportRejectedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps failures to JSON errors: 4xx with a message for the caller's mistakes, a bare 500 (logged) for ours. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return ApiErrors.response(e.status(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response rejectedImport(ImportRejectedException e) {
        return ApiErrors.response(Response.Status.BAD_REQUEST, e.getMessage(), e.problems());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr();
        return ApiErrors.response(Response.Status.BAD_REQUEST, "The body is not valid JSON" + where + ".", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed);
        }
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        String message = status == Response.Status.NOT_FOUND ? "No such resource." : status.getReasonPhrase() + ".";
        return ApiErrors.response(status, message, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return ApiErrors.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The catalog could not answer this request; the failure was logged.", List.of());
    }
}
