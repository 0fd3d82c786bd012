package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A kept value is given back without computing it again, and a full memo starts again rather than grow. */
class BoundedMemoTest {

    @Test
    void computesEachTextOnceWhileItIsKept() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(10);
        AtomicInteger computed = new AtomicInteger();
        String first = memo.get("path string", text -> computed.incrementAndGet() + ":" + text);
        assertSame(first, memo.get("path string", text -> computed.incrementAndGet() + ":" + text));
        assertEquals(1, computed.get());
    }

    @Test
    void startsAgainWhenFullSoThatItNeverGrowsPastItsSize() {
        BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(3);
        AtomicInteger computed = new AtomicInteger();
        for (int round = 0; round < 2; round++) {
            for (int key = 0; key < 4; key++) {
                assertEquals(key * 2, memo.get(key, k -> {
                    computed.incrementAndGet();
                    return k * 2;
                }));
            }
        }
        // Keys 0 to 2 fill it and key 3 empties it; in the second round 0 and 1 fill it again and 2 empties it, so
        // key 3 is gone too: every lookup computed.
        assertEquals(8, computed.get());
    }
}
