package io.mcpcatalog.api;

import java.util.List;

/** Every error the API returns: the HTTP status, a message a person can act on, and details where useful. */
public record ErrorDto(int status, String error, String message, List<String> problems) {
}
