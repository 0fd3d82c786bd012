package io.mcpcatalog.crawl.introspect;

import java.nio.file.Path;

/**
 * An npm package installed in the cache: its folder (node_modules inside), the file its bin runs (relative to the
 * folder), and the repository and folder its package.json names (null when it names none).
 */
public record InstalledPackage(String name, String version, Path folder, String entry, String repository,
                               String directory) {
}
