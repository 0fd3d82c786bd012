package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.ExpectedTools;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.FixtureTrees;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every Rust extractor over each fixture folder under extract/fixtures/rust/ (one per pattern; a new
 * folder needs no code) and compares what they find with the folder's expected.json.
 */
class RustExtractorFixturesTest {

    private static final String ROOT = "extract/fixtures/rust";

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectation() throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(FixtureTrees.folder(ROOT))) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            String name = folder.getFileName().toString();
            SourceTree tree = FixtureTrees.load(ROOT + "/" + name);
            List<ExtractedTool> found = new ArrayList<>();
            for (LanguageExtractor extractor : RustExtractors.all()) {
                found.addAll(ExpectedTools.extractAll(tree, extractor));
            }
            ExpectedTools.assertMatches(ROOT + "/" + name + "/expected.json", found);
        }));
    }
}
