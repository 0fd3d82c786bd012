package io.mcpcatalog.extract;

/** One source file of a scanned tree: its path relative to the root ('/'-separated), language and text. */
public record SourceFile(String path, Language language, String text) {
}
