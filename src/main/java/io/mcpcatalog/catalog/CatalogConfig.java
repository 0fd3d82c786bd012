package io.mcpcatalog.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The service's own settings (prefix "catalog"); each can also be set as an environment variable. */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    /** Folder for the embedded database and the search index (CATALOG_DATA_DIR). */
    @WithDefault("data")
    String dataDir();

    /** Bearer token required by write endpoints (CATALOG_ADMIN_TOKEN); without it they refuse every call. */
    Optional<String> adminToken();

    Seed seed();

    /** Where {@code ./mcp-catalog regenerate} writes the crawled catalog; unset when the service runs normally. */
    Optional<String> regenerateOut();

    interface Seed {
        /** Import the shipped snapshot at start when the catalog holds no server. */
        @WithDefault("true")
        boolean enabled();

        /** "classpath:..." or a file path. */
        @WithDefault("classpath:catalog-data/catalog.json")
        String location();
    }
}
