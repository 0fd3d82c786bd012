package io.mcpcatalog.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The relist setting reads as Quarkus durations do, and "off" is zero. */
class DurationOrOffTest {

    private final DurationOrOff converter = new DurationOrOff();

    @Test
    void readsDurationsAndOff() {
        assertEquals(Duration.ofHours(24), converter.convert("24h"));
        assertEquals(Duration.ofMinutes(90), converter.convert("PT1H30M"));
        assertEquals(Duration.ofSeconds(600), converter.convert("600"));
        assertEquals(Duration.ZERO, converter.convert("0"));
        assertEquals(Duration.ZERO, converter.convert(" OFF "));
    }

    @Test
    void refusesWhatIsNeither() {
        assertThrows(IllegalArgumentException.class, () -> converter.convert("sometimes"));
    }
}
