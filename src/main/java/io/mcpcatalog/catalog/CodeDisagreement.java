package io.mcpcatalog.catalog;

/**
 * Where a server's code and the running server disagree about a tool: {@code kind} is "in-code-not-listed",
 * "listed-not-in-code" or "description-differs"; {@code code} and {@code live} quote each side where it has one.
 */
public record CodeDisagreement(String tool, String kind, String message, String code, String live) {
}
