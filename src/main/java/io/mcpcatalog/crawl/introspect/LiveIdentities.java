package io.mcpcatalog.crawl.introspect;

import io.mcpcatalog.catalog.ServerIdentity;

/**
 * The catalog identity of an introspected server. A repository (from the source definition, or the npm package's
 * repository with its folder) gives the identity a code crawl of that repository gives the server in that folder,
 * which links the two. Otherwise an npm package is "npm/<package>" and a command or URL is known by the name the
 * server gives itself. An npm package naming a repository but no folder is not linked to its repository's root:
 * it may be one of many servers there.
 */
final class LiveIdentities {

    private LiveIdentities() {
    }

    static ServerIdentity of(JobSpec spec, InstalledPackage installed, Introspection introspection, String source) {
        if (spec.repository() != null) {
            return ServerIdentity.fromRepository(spec.repository(), spec.path(), null);
        }
        if (installed != null && installed.repository() != null && installed.directory() != null) {
            return ServerIdentity.fromRepository(installed.repository(), installed.directory(), null);
        }
        if (installed != null) {
            return new ServerIdentity("npm/" + installed.name(), ServerIdentity.npmSlug(installed.name()), installed.name());
        }
        String name = introspection.serverName();
        return ServerIdentity.fromName(name == null || name.isBlank() ? source : name);
    }

    /** The repository to record for the server: the definition's, else the package's. */
    static String repository(JobSpec spec, InstalledPackage installed) {
        if (spec.repository() != null) {
            return spec.repository();
        }
        return installed == null ? null : installed.repository();
    }

    /** The package's own description first (the author's summary), else what the running server said. */
    static String description(InstalledPackage installed, Introspection introspection) {
        if (installed != null && installed.description() != null) {
            return installed.description();
        }
        return introspection.description() == null ? "" : introspection.description();
    }

    static String path(JobSpec spec, InstalledPackage installed) {
        if (spec.repository() != null) {
            return spec.path() == null ? "" : spec.path();
        }
        return installed == null || installed.directory() == null ? "" : installed.directory();
    }
}
