package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rule is possible in a text only when one of its alternatives finds every one of its sets of literals there. */
class LiteralIndexTest {

    private static final String PAY_WITH = "(?:pay|bill) \\w+ with \\w+|delete";

    @Test
    void needsEverySetOfOneAlternative() {
        LiteralIndex index = new LiteralIndex(2, new int[] {0, 1},
                List.of(NecessaryLiterals.of(PAY_WITH), NecessaryLiterals.of("run \\w+ now")));
        assertEquals(List.of(0), possible(index, "sign in with a token and pay later"));
        assertEquals(List.of(), possible(index, "sign in with a token"));
        assertEquals(List.of(), possible(index, "pay later"));
        assertEquals(List.of(0, 1), possible(index, "run it now, then delete"));
        assertEquals(List.of(), possible(index, "now run"));
    }

    @Test
    void readsFromTheGivenOffsetOn() {
        LiteralIndex index = new LiteralIndex(1, new int[] {0}, List.of(NecessaryLiterals.of(PAY_WITH)));
        assertEquals(List.of(), possible(index, "pay them with care", 1));
    }

    private static List<Integer> possible(LiteralIndex index, String text) {
        return possible(index, text, 0);
    }

    private static List<Integer> possible(LiteralIndex index, String text, int from) {
        BitSet wanted = new BitSet();
        wanted.set(0, 2);
        return index.possible(SignalText.of(text), from, wanted).stream().boxed().toList();
    }
}
