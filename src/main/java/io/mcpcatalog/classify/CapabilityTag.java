package io.mcpcatalog.classify;

/** A capability of a tool ({@link Capability#label()}), why it is there and the text that shows it. */
public record CapabilityTag(String capability, String reason, Evidence evidence) {
}
