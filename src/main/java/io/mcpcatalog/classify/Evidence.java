package io.mcpcatalog.classify;

/** Which rule matched which text of which field (name, description, param, annotation, server). */
public record Evidence(String rule, String field, String text) {
}
