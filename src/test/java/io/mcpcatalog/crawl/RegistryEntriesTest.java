package io.mcpcatalog.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a registry entry (server.json) becomes: a git source for its repository, npm and pypi sources for its packages. */
class RegistryEntriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEntryBecomesAGitSourceAndAnIntrospectionSourcePerPackage() throws Exception {
        JsonNode server = JSON.readTree("""
                {"name": "io.github.o/weather", "title": "Weather", "description": "d", "version": "1.0.0",
                 "repository": {"url": "https://github.com/o/servers", "source": "github", "subfolder": "src/weather/"},
                 "packages": [
                   {"registryType": "npm", "identifier": "@o/weather", "version": "1.0.0", "transport": {"type": "stdio"},
                    "packageArguments": [{"type": "positional", "valueHint": "config_path"},
                                         {"type": "named", "name": "--port", "value": "8080"},
                                         {"type": "named", "name": "--token", "value": "{token}"},
                                         {"type": "positional", "default": "/tmp"}],
                    "environmentVariables": [{"name": "API_KEY", "isSecret": true, "isRequired": true},
                                             {"name": "REGION", "default": "eu"}]},
                   {"registryType": "pypi", "identifier": "weather-mcp", "version": "2.1", "transport": {"type": "stdio"}},
                   {"registryType": "oci", "identifier": "docker.io/o/weather:1.0.0", "transport": {"type": "stdio"}}
                 ]}""");
        List<CrawlSource> sources = RegistryEntries.sources(server);
        assertEquals(List.of("git https://github.com/o/servers src/weather", "npm @o/weather@1.0.0", "pypi weather-mcp==2.1"),
                sources.stream().map(CrawlSource::key).toList());
        assertEquals("Weather", sources.get(0).name());
        JsonNode npm = sources.get(1).spec();
        assertEquals(JSON.readTree("[\"--port\", \"8080\", \"/tmp\"]"), npm.get("args"));
        assertEquals(JSON.readTree("{\"API_KEY\": \"dummy\", \"REGION\": \"eu\"}"), npm.get("env"));
        assertEquals("1.0.0", npm.get("version").asText());
        assertEquals("weather-mcp", sources.get(2).spec().get("package").asText());
    }

    @Test
    void aRepositoryThatIsNotAWebUrlOrASubfolderThatLeavesItIsNotFollowed() throws Exception {
        assertEquals(List.of(), RegistryEntries.sources(JSON.readTree(
                "{\"name\": \"x/y\", \"repository\": {\"url\": \"file:///home/me/private\", \"source\": \"github\"}}")));
        List<CrawlSource> escaped = RegistryEntries.sources(JSON.readTree(
                "{\"name\": \"x/y\", \"repository\": {\"url\": \"https://github.com/o/r\", \"subfolder\": \"../../etc\"}}"));
        assertEquals(List.of("git https://github.com/o/r"), escaped.stream().map(CrawlSource::key).toList());
    }
}
