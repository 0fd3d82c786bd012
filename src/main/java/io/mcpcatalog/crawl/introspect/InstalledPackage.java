package io.mcpcatalog.crawl.introspect;

import java.nio.file.Path;

/**
 * An npm package installed in the cache: its folder (node_modules inside), the file its bin runs (relative to the
 * folder), and the repository, folder and description its package.json gives (null when it gives none).
 */
public record InstalledPackage(String name, String version, Path folder, String entry, String repository,
                               String directory, String description) {
}
