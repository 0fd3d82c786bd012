package io.mcpcatalog.crawl.introspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.mcpcatalog.crawl.CrawlFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an introspection job's source definition. npm: package, version (default latest), args, env.
 * mcp-stdio: command, args, env. mcp-http: url, headers. Any kind may add repository and path, the server's code,
 * which links the introspected server to the same server crawled from its code.
 */
record JobSpec(String packageName, String version, String command, List<String> args, Map<String, String> env,
               URI url, Map<String, String> headers, String repository, String path) {

    static JobSpec of(String kind, JsonNode spec) throws CrawlFailure {
        JsonNode fields = spec == null ? MissingNode.getInstance() : spec;
        String packageName = text(fields, "package");
        String command = text(fields, "command");
        String url = text(fields, "url");
        switch (kind) {
            case "npm" -> require(packageName, "package");
            case "mcp-stdio" -> require(command, "command");
            case "mcp-http" -> require(url, "url");
            default -> throw new CrawlFailure("the introspection runner does not take jobs of kind " + kind);
        }
        String version = text(fields, "version");
        return new JobSpec(packageName, version == null ? "latest" : version, command, strings(fields.path("args"), "args"),
                map(fields.path("env"), "env"), url == null ? null : uri(url), map(fields.path("headers"), "headers"),
                text(fields, "repository"), text(fields, "path"));
    }

    private static void require(String value, String field) throws CrawlFailure {
        if (value == null) {
            throw new CrawlFailure("the source definition has no '" + field + "'");
        }
    }

    private static String text(JsonNode fields, String field) throws CrawlFailure {
        JsonNode value = fields.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new CrawlFailure("the source definition's '" + field + "' must be a non-empty string");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode array, String field) throws CrawlFailure {
        List<String> values = new ArrayList<>();
        if (array.isMissingNode() || array.isNull()) {
            return values;
        }
        if (!array.isArray()) {
            throw new CrawlFailure("the source definition's '" + field + "' must be a list of strings");
        }
        for (JsonNode value : array) {
            if (!value.isValueNode()) {
                throw new CrawlFailure("the source definition's '" + field + "' must be a list of strings");
            }
            values.add(value.asText());
        }
        return values;
    }

    private static Map<String, String> map(JsonNode object, String field) throws CrawlFailure {
        Map<String, String> values = new LinkedHashMap<>();
        if (object.isMissingNode() || object.isNull()) {
            return values;
        }
        if (!object.isObject()) {
            throw new CrawlFailure("the source definition's '" + field + "' must map names to strings");
        }
        var fields = object.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw new CrawlFailure("the source definition's '" + field + "." + entry.getKey() + "' must be a string");
            }
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    private static URI uri(String url) throws CrawlFailure {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new CrawlFailure("the source definition's url must be an http or https URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CrawlFailure("the source definition's url is not a URL: " + url);
        }
    }
}
