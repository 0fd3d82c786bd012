package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.ExpectedTools;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every C# extractor over each fixture folder of extract/fixtures/csharp, against its expected.json. */
class CSharpExtractorFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectedTools() {
        return ExpectedTools.fixtureTests("csharp", CSharpExtractors.all());
    }
}
