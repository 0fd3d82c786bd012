package io.mcpcatalog.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds JSON error responses; resources throw {@link ApiException} instead of returning these themselves. */
final class ApiErrors {

    private ApiErrors() {
    }

    static Response response(Response.Status status, String message, List<String> problems) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorDto(status.getStatusCode(), status.getReasonPhrase(), message, problems))
                .build();
    }
}
