package io.mcpcatalog.crawl.introspect;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole environment a server gets: a fixed PATH, HOME and TMPDIR inside its work folder, and the variables its
 * source definition gives. Nothing is inherited from the service, so no secret of the service reaches it.
 */
final class ServerEnvironment {

    static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";

    private ServerEnvironment() {
    }

    static Map<String, String> of(Path work, String path, Map<String, String> given) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", path);
        env.put("HOME", work.resolve("home").toString());
        env.put("TMPDIR", work.resolve("tmp").toString());
        env.putAll(given);
        return env;
    }
}
