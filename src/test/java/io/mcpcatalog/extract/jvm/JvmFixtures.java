package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ExpectedTools;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.FixtureTrees;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs every fixture folder of a language (extract/fixtures/&lt;language&gt;/&lt;pattern-id&gt;/) through all the
 * Java and Kotlin extractors, as the scanner would, and compares with the folder's expected.json. A new
 * fixture folder needs no code.
 */
final class JvmFixtures {

    private JvmFixtures() {
    }

    /** The tools every extractor finds in a tree of the given files. */
    static List<ExtractedTool> extract(Map<String, String> files) {
        SourceTree tree = SourceTree.of(files);
        List<ExtractedTool> found = new ArrayList<>();
        for (LanguageExtractor extractor : JvmExtractors.all()) {
            found.addAll(ExpectedTools.extractAll(tree, extractor));
        }
        return found;
    }

    static Stream<DynamicTest> tests(String language) {
        String root = "extract/fixtures/" + language;
        List<String> patterns;
        try (Stream<Path> folders = Files.list(FixtureTrees.folder(root))) {
            patterns = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (patterns.isEmpty()) {
            throw new IllegalStateException("no fixtures under " + root);
        }
        return patterns.stream().map(pattern -> DynamicTest.dynamicTest(pattern, () -> {
            String folder = root + "/" + pattern;
            SourceTree tree = FixtureTrees.load(folder);
            List<ExtractedTool> found = new ArrayList<>();
            for (LanguageExtractor extractor : JvmExtractors.all()) {
                found.addAll(ExpectedTools.extractAll(tree, extractor));
            }
            ExpectedTools.assertMatches(folder + "/expected.json", found);
        }));
    }
}
