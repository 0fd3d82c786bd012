package io.mcpcatalog.api;

import jakarta.ws.rs.core.Response;

/** A client error with a clear message: bad parameters (400), unknown server or tool (404), no token (401). */
public class ApiException extends RuntimeException {

    private final Response.Status status;

    public ApiException(Response.Status status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiException notFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Response.Status.BAD_REQUEST, message);
    }

    public Response.Status status() {
        return status;
    }
}
