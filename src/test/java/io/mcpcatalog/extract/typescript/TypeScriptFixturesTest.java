package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ExpectedTools;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.FixtureTrees;
import io.mcpcatalog.extract.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the TypeScript/JavaScript extractor over every fixture folder of both languages
 * (src/test/resources/extract/fixtures/{typescript,javascript}/&lt;pattern-id&gt;/) and compares with its expected.json.
 * A new fixture folder needs no code here.
 */
class TypeScriptFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectedTools() {
        return Stream.of("typescript", "javascript").flatMap(language -> folders(language).stream()
                .map(folder -> DynamicTest.dynamicTest(language + "/" + folder, () -> {
                    String resource = "extract/fixtures/" + language + "/" + folder;
                    SourceTree tree = FixtureTrees.load(resource);
                    List<ExtractedTool> found = ExpectedTools.extractAll(tree, new TypeScriptExtractor());
                    ExpectedTools.assertMatches(resource + "/expected.json", found);
                })));
    }

    private static List<String> folders(String language) {
        Path root = FixtureTrees.folder("extract/fixtures/" + language);
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("expected.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
