package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What every match must contain, read from a pattern; "no set" whenever the source is not fully understood. */
class NecessaryLiteralsTest {

    @Test
    void needsEverySetOfLiteralsAMatchCannotDoWithout() {
        assertEquals(allOf(Set.of("command", "script"), Set.of("run ", "exec ")),
                NecessaryLiterals.of("(?:run|exec) (?:\\w+ )?(?:command|script)"));
        assertEquals(allOf(Set.of(" to delete", " to remove")), NecessaryLiterals.of("^\\w+ to (?:delete|remove)(?: \\w+)?$"));
        assertEquals(allOf(Set.of("color", "colour")), NecessaryLiterals.of("colou?r"));
    }

    @Test
    void keepsEachAlternativeOfAnAlternationApart() {
        assertEquals(new LiteralNeeds(List.of(List.of(Set.of(" with "), Set.of("pay ", "bill ")),
                        List.of(Set.of("delete")))),
                NecessaryLiterals.of("(?:pay|bill) \\w+ with \\w+|delete"));
    }

    @Test
    void keepsTheAlternativesOfALongPurposeAlternationApart() {
        // A rule's leading clause may list dozens of phrasings; folded together, their common words pass most texts.
        StringBuilder source = new StringBuilder("^(?:\\w+ ){0,15}?(?:");
        for (int k = 0; k < 40; k++) {
            source.append(k == 0 ? "" : "|").append("verb").append(k).append(" \\w+ noun").append(k);
        }
        List<List<Set<String>>> alternatives = NecessaryLiterals.of(source.append(')').toString()).alternatives();
        assertEquals(40, alternatives.size());
        assertEquals(List.of(Set.of("verb39 "), Set.of(" noun39")), alternatives.get(39));
    }

    @Test
    void leavesOutShortLiteralsBesideTheMostSelectiveSet() {
        assertEquals(allOf(Set.of(" delete")), NecessaryLiterals.of("a \\w+ delete"));
        assertEquals(allOf(Set.of("a")), NecessaryLiterals.of("a\\w+"));
    }

    @Test
    void keepsOnlyLiteralsThatHoldNoShorterOne() {
        assertEquals(allOf(Set.of("delete", "remove")), NecessaryLiterals.of("delete|deletes|remove|removes"));
    }

    @Test
    void assertionsAndClassesNeverAddLetters() {
        assertEquals(allOf(Set.of("keys")), NecessaryLiterals.of("(?<=\\bsend )keys(?![a-z])"));
        assertEquals(allOf(Set.of("b")), NecessaryLiterals.of("[]a]b"));
        assertEquals(allOf(Set.of("bc")), NecessaryLiterals.of("\\x41bc"));
    }

    @Test
    void givesNoSetWhenAMatchNeedNotHoldALiteral() {
        assertNull(NecessaryLiterals.of("\\w+|delete"));
        assertNull(NecessaryLiterals.of("(?:x)?"));
        assertNull(NecessaryLiterals.of("\\Qa.b\\E"));
        assertNull(NecessaryLiterals.of("(ab)\\1c"), "a back reference is left to the regex");
        assertNull(NecessaryLiterals.of("(?i)kelvin"));
    }

    @Test
    void cutsLiteralsToTheirAsciiRuns() {
        assertEquals(allOf(Set.of("caf", "t")), NecessaryLiterals.of("caf\u00e9|\u00e9t\u00e9"));
        assertNull(NecessaryLiterals.of("\u00e9|\u00e8"));
    }

    private static LiteralNeeds allOf(Set<?>... sets) {
        return new LiteralNeeds(List.of(List.of((Set<String>[]) sets)));
    }
}
