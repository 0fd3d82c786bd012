package io.mcpcatalog.crawl.introspect;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of live introspection (prefix "catalog.introspect"); see the README's table. */
@ConfigMapping(prefix = "catalog.introspect")
public interface IntrospectConfig {

    /** Time for a server to start and answer initialize. */
    @WithDefault("30s")
    Duration startTimeout();

    /** Time for all tools/list pages together. */
    @WithDefault("30s")
    Duration listTimeout();

    /** Bytes a server may write to stdout (or answer over HTTP) in all. */
    @WithDefault("16777216")
    long maxOutputBytes();

    /** tools/list pages followed at most. */
    @WithDefault("50")
    int maxPages();

    /** auto (the isolated sandbox when this machine has it), isolated (required: jobs fail without it), none. */
    @WithDefault("auto")
    String sandbox();

    /** Installed npm packages, one folder per package@version, kept between runs. */
    @WithDefault("${user.home}/.cache/mcp-catalog")
    String cacheDir();

    /** Where each server's temporary work folder is made; must be reachable by nobody (default: the temp folder). */
    Optional<String> workDir();

    /** The fixed PATH a server gets. */
    @WithDefault("/usr/local/bin:/usr/bin:/bin")
    String path();

    /** Time for resolving a version and installing a package with npm. */
    @WithDefault("5m")
    Duration installTimeout();

    /** The npm command (run outside the sandbox, with --ignore-scripts). */
    @WithDefault("npm")
    String npm();

    /** The npm registry packages are resolved and installed from (default: npm's own configuration). */
    Optional<String> npmRegistry();

    /** The node command that runs an installed package's bin inside the sandbox. */
    @WithDefault("node")
    String node();
}
