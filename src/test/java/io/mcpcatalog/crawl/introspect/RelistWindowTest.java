package io.mcpcatalog.crawl.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When an npm version that did not move is listed again. */
class RelistWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final RelistWindow DAY = new RelistWindow(Duration.ofHours(24));

    @Test
    void dueOnceTheWindowHasPassedSinceTheLastListing() {
        assertFalse(DAY.due(ago(Duration.ofHours(23).plusMinutes(59)), NOW));
        assertTrue(DAY.due(ago(Duration.ofHours(24)), NOW));
        assertTrue(DAY.due(ago(Duration.ofDays(3)), NOW));
    }

    @Test
    void dueWhenNoListingIsKnown() {
        assertTrue(DAY.due(null, NOW));
    }

    @Test
    void aZeroWindowIsNeverDue() {
        RelistWindow off = new RelistWindow(Duration.ZERO);
        assertFalse(off.due(ago(Duration.ofDays(1000)), NOW));
        assertFalse(off.due(null, NOW));
    }

    @Test
    void aNegativeWindowIsRefusedWithTheSettingsName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RelistWindow(Duration.ofHours(-1)));
        assertEquals("catalog.crawl.relist-unchanged-after must be a duration of zero (off) or more, was PT-1H",
                refused.getMessage());
    }

    private static OffsetDateTime ago(Duration duration) {
        return NOW.minus(duration).atOffset(ZoneOffset.ofHours(2));
    }
}
