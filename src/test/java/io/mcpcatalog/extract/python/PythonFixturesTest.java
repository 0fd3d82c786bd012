package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ExpectedTools;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Python extractor over each fixture folder of extract/fixtures/python, against its expected.json. */
class PythonFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectedTools() {
        return ExpectedTools.fixtureTests("python", List.of(new PythonExtractor()));
    }
}
