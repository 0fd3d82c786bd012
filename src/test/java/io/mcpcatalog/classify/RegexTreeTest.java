package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the automaton reader takes from a Java regex, and what it leaves to the regex alone. */
class RegexTreeTest {

    @Test
    void readsQuantifiersOfEveryFormAsRepetitions() {
        assertEquals(new RegexTree.Repeat(new RegexTree.Chars("a"), 2, 3), RegexTree.read("a{2,3}?"));
        assertEquals(new RegexTree.Repeat(new RegexTree.Chars("\\w"), 1, -1), RegexTree.read("\\w++"));
        assertEquals(new RegexTree.Repeat(new RegexTree.Chars("[]x]"), 4, 4), RegexTree.read("[]x]{4}"));
        assertEquals(new RegexTree.Repeat(new RegexTree.Chars("\\p{L}"), 1, -1), RegexTree.read("\\p{L}{1,}"));
    }

    @Test
    void readsLookaroundsAndWordBoundariesAsEmptyAndAnchorsAsAnchors() {
        RegexTree.Node empty = new RegexTree.Sequence(List.of());
        assertEquals(new RegexTree.Sequence(List.of(new RegexTree.Anchor(true), new RegexTree.Chars("a"), empty,
                empty, new RegexTree.Anchor(false))), RegexTree.read("^a(?!b)\\b$"));
        assertEquals(new RegexTree.Sequence(List.of(empty, new RegexTree.Chars("x"))), RegexTree.read("(?<=[a-z] )x"));
    }

    @Test
    void refusesWhatOnlyTheRegexCanDecide() {
        for (String source : List.of("(\\w+) \\1", "(?<n>a)\\k<n>", "\\Qa.b\\E", "(?i)kelvin", "(?m)^run", "\\R")) {
            assertThrows(IllegalArgumentException.class, () -> RegexTree.read(source), source);
        }
    }
}
