package io.mcpcatalog.api;

import io.mcpcatalog.catalog.CatalogConfig;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** Lets a request to an {@link AdminOnly} endpoint through only with {@code Authorization: Bearer <token>}. */
@Provider
@AdminOnly
public class AdminTokenFilter implements ContainerRequestFilter {

    private static final String PREFIX = "Bearer ";

    // Filters are created at static init, before runtime config exists; resolve the config per request.
    @Inject
    Instance<CatalogConfig> config;

    @Override
    public void filter(ContainerRequestContext request) {
        String configured = config.get().adminToken().filter(token -> !token.isBlank()).orElse(null);
        if (configured == null) {
            abort(request, "Write endpoints are disabled: set CATALOG_ADMIN_TOKEN on the server to enable them.");
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(PREFIX)) {
            abort(request, "This endpoint needs 'Authorization: Bearer <admin token>'.");
            return;
        }
        byte[] given = header.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, configured.getBytes(StandardCharsets.UTF_8))) {
            abort(request, "The admin token is not valid.");
        }
    }

    private static void abort(ContainerRequestContext request, String message) {
        Response response = ApiErrors.response(Response.Status.UNAUTHORIZED, message, List.of());
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        request.abortWith(response);
    }
}
