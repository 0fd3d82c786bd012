package io.mcpcatalog.policy;

/** A rate limit: at most {@code max} calls per {@code window} ("minute" or "hour") counted per {@code scope}. */
public record Limit(String counter, String window, int max, String scope) {
}
