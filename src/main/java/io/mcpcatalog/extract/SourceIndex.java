package io.mcpcatalog.extract;

import java.util.Collection;
import java.util.Optional;

/**
 * The files of the tree being scanned, for resolving what one file imports from another.
 * Paths are relative to the scanned root and '/'-separated; parsing happens on first request and is cached.
 */
public interface SourceIndex {

    /** The parsed file at {@code path}, if it is a source file of the tree. */
    Optional<ParsedFile> parsed(String path);

    /** Every source file's path, in a stable order. */
    Collection<String> paths();

    /** Whether a file (of any kind, e.g. package.json) exists at {@code path}. */
    boolean exists(String path);

    /** The text of any file of the tree (e.g. a manifest or a JSON schema), if it exists and is small enough. */
    Optional<String> text(String path);

    /** Resolves {@code relative} (e.g. "../tools/ssh") against the folder of {@code fromPath}; null when it leaves the root. */
    static String resolve(String fromPath, String relative) {
        int slash = fromPath.lastIndexOf('/');
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        if (slash > 0) {
            for (String part : fromPath.substring(0, slash).split("/")) {
                parts.addLast(part);
            }
        }
        for (String part : relative.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
