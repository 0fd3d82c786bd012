package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ExpectedTools;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The TypeScript/JavaScript extractor over each fixture folder of both languages, against its expected.json. */
class TypeScriptFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectedTools() {
        return Stream.of("typescript", "javascript")
                .flatMap(language -> ExpectedTools.fixtureTests(language, List.of(new TypeScriptExtractor())));
    }
}
