package io.mcpcatalog.extract.python;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mcpcatalog.extract.ExpectedTools;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.FixtureTrees;
import io.mcpcatalog.extract.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the Python extractor over every fixture folder of extract/fixtures/python and compares with its expected.json. */
class PythonFixturesTest {

    private static final String ROOT = "extract/fixtures/python";

    @TestFactory
    Stream<DynamicTest> everyFixtureFolder() throws IOException {
        Path root = FixtureTrees.folder(ROOT);
        List<Path> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(folders.isEmpty(), "no fixture folders under " + ROOT);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            String resource = ROOT + "/" + folder.getFileName();
            SourceTree tree = FixtureTrees.load(resource);
            List<ExtractedTool> found = ExpectedTools.extractAll(tree, new PythonExtractor());
            ExpectedTools.assertMatches(resource + "/expected.json", found);
        }));
    }
}
