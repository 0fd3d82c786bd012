package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.ExpectedTools;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Rust extractor over each fixture folder of extract/fixtures/rust, against its expected.json. */
class RustExtractorFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectedTools() {
        return ExpectedTools.fixtureTests("rust", RustExtractors.all());
    }
}
