package io.mcpcatalog.classify;

/** A security finding about a tool, separate from its category. Severity is one of low, medium, high, critical. */
public record Finding(String id, String severity, String message, Evidence evidence) {
}
