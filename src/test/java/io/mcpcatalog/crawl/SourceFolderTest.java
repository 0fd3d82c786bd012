package io.mcpcatalog.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source definitions as files: every kind, lists, and bad files reported while the good ones load. */
class SourceFolderTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path folder;

    private static List<String> keys(SourceFolder.Loaded loaded) {
        return loaded.sources().stream().map(CrawlSource::key).toList();
    }

    @Test
    void everyKindLoadsWithItsSourceSpecAndInterval() throws Exception {
        Files.writeString(folder.resolve("a-git.yaml"), """
                kind: git
                repository: https://github.com/o/monorepo
                path: servers/weather
                commit: abc1234
                name: Weather
                recrawl: PT12H
                """);
        Files.writeString(folder.resolve("b-many.yml"), """
                sources:
                  - kind: npm
                    package: "@scope/server-notes"
                    version: 1.2.3
                    args: ["--readonly"]
                    env: {NOTES_TOKEN: dummy}
                    recrawl: P7D
                  - kind: mcp-stdio
                    command: node
                    args: [server.js, --port, "0"]
                    recrawl: P1D
                  - kind: mcp-http
                    url: http://localhost:3001/mcp
                    headers: {X-Api-Key: dummy}
                    recrawl: P1DT6H
                  - kind: registry
                    file: registry/servers.json
                    recrawl: P1D
                """);
        Files.writeString(folder.resolve("notes.txt"), "not a source file");
        SourceFolder.Loaded loaded = SourceFolder.load(folder);
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("git https://github.com/o/monorepo#abc1234 servers/weather", "npm @scope/server-notes@1.2.3",
                "mcp-stdio node server.js --port 0", "mcp-http http://localhost:3001/mcp",
                "registry " + folder.resolve("registry/servers.json")), keys(loaded));
        CrawlSource git = loaded.sources().get(0);
        assertEquals(Duration.ofHours(12), git.recrawl());
        assertEquals("Weather", git.name());
        assertEquals("servers/weather", git.spec().get("path").asText());
        assertEquals("dummy", loaded.sources().get(1).spec().path("env").path("NOTES_TOKEN").asText());
        assertEquals(Duration.ofHours(30), loaded.sources().get(3).recrawl());
    }

    @Test
    void aListOfRepositoriesIsOneSourcePerRepository() throws Exception {
        Files.writeString(folder.resolve("repos.yaml"), """
                kind: git
                recrawl: P1D
                repositories:
                  - https://github.com/o/one
                  - repository: https://github.com/o/two
                    path: src/server
                    name: Two
                """);
        SourceFolder.Loaded loaded = SourceFolder.load(folder);
        assertEquals(List.of("git https://github.com/o/one", "git https://github.com/o/two src/server"), keys(loaded));
        assertEquals("Two", loaded.sources().get(1).name());
        assertEquals("P1D", loaded.sources().get(0).spec().get("recrawl").asText());
    }

    @Test
    void badFilesAreReportedWithTheirPathAndProblemWhileTheOthersLoad() throws Exception {
        Files.writeString(folder.resolve("good.yaml"), "kind: npm\npackage: good-server\nrecrawl: P1D\n");
        Files.writeString(folder.resolve("broken.yaml"), "kind: npm\npackage: [unclosed\n");
        Files.writeString(folder.resolve("no-interval.yaml"), "kind: npm\npackage: other-server\n");
        Files.writeString(folder.resolve("bad-duration.yaml"), "kind: git\nrepository: https://github.com/o/r\nrecrawl: 7 days\n");
        Files.writeString(folder.resolve("unknown-kind.yaml"), "kind: ftp\nrecrawl: P1D\n");
        Files.writeString(folder.resolve("typo.yaml"), "kind: mcp-http\nurl: http://localhost:1/mcp\nheader: {}\nrecrawl: P1D\n");
        Files.writeString(folder.resolve("escape.yaml"), "kind: git\nrepository: https://github.com/o/r\npath: ../etc\nrecrawl: P1D\n");
        Files.writeString(folder.resolve("both.yaml"), "kind: git\nrepository: https://github.com/o/r\nrepositories: [https://github.com/o/s]\nrecrawl: P1D\n");
        Files.writeString(folder.resolve("zero.yaml"), "kind: npm\npackage: zero\nrecrawl: PT0S\n");
        Files.writeString(folder.resolve("empty.yaml"), "");
        Files.writeString(folder.resolve("twice.yaml"), "kind: npm\npackage: good-server\nrecrawl: P2D\n");
        SourceFolder.Loaded loaded = SourceFolder.load(folder);
        assertEquals(List.of("npm good-server"), keys(loaded));
        assertEquals(Duration.ofDays(1), loaded.sources().get(0).recrawl(), "the first file by name wins");
        assertProblem(loaded, "broken.yaml", "not valid YAML");
        assertProblem(loaded, "no-interval.yaml", "recrawl");
        assertProblem(loaded, "bad-duration.yaml", "$.recrawl");
        assertProblem(loaded, "unknown-kind.yaml", "$.kind");
        assertProblem(loaded, "typo.yaml", "header");
        assertProblem(loaded, "escape.yaml", "$.path");
        assertProblem(loaded, "both.yaml", "either 'repository' or 'repositories'");
        assertProblem(loaded, "zero.yaml", "longer than zero");
        assertProblem(loaded, "empty.yaml", "empty");
        assertProblem(loaded, "twice.yaml", "already defined in " + folder.resolve("good.yaml"));
    }

    @Test
    void aMissingFolderHoldsNoSource() {
        SourceFolder.Loaded loaded = SourceFolder.load(folder.resolve("absent"));
        assertEquals(List.of(), loaded.sources());
        assertEquals(List.of(), loaded.problems());
    }

    @Test
    void theShippedSourcesAndTheReadmeExamplesAreValid() throws Exception {
        assertEquals(List.of(), SourceFolder.load(Path.of("crawlers")).problems());
        assertTrue(SourceFolder.load(Path.of("crawlers")).sources().stream().anyMatch(s -> s.key().contains("mcp-ssh")));
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("crawlers/README.md")));
        List<String> problems = new ArrayList<>();
        int examples = 0;
        while (block.find()) {
            examples++;
            problems.addAll(SourceDefinitions.read(YAML.readTree(block.group(1)), folder).problems());
        }
        assertEquals(List.of(), problems);
        assertTrue(examples >= 6, "an example per kind");
    }

    private static void assertProblem(SourceFolder.Loaded loaded, String file, String text) {
        String path = loaded.problems().stream().map(SourceProblem::path).filter(p -> p.endsWith("/" + file)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem reported for " + file + ": " + loaded.problems()));
        assertTrue(loaded.problems().stream().anyMatch(p -> p.path().equals(path) && p.problem().contains(text)),
                file + " should be reported with '" + text + "': " + loaded.problems());
    }
}
