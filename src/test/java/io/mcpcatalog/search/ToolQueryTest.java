package io.mcpcatalog.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolQueryTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void rejectsLimitOutsideOneToHundred(int limit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ToolQuery("x", null, null, null, null, 0, limit));
        assertTrue(e.getMessage().contains("limit must be between 1 and 100"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, ToolQuery.MAX_OFFSET + 1, Integer.MAX_VALUE})
    void rejectsNegativeOrTooDeepOffset(int offset) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ToolQuery("x", null, null, null, null, offset, 10));
        assertTrue(e.getMessage().contains("offset must be between 0 and"), e.getMessage());
    }

    @Test
    void acceptsTheBounds() {
        assertDoesNotThrow(() -> new ToolQuery(null, null, null, null, null, 0, 1));
        assertDoesNotThrow(() -> new ToolQuery(null, null, null, null, null, ToolQuery.MAX_OFFSET, 100));
    }
}
