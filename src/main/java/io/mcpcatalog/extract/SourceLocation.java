package io.mcpcatalog.extract;

/** Where a tool is defined: file relative to the source root, 1-based line, and the pattern that found it. */
public record SourceLocation(String file, Integer line, String pattern) {
}
