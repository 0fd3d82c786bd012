package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What every match must contain, read from a pattern; "no set" whenever the source is not fully understood. */
class NecessaryLiteralsTest {

    @Test
    void picksTheLongestLiteralsAPatternCannotMatchWithout() {
        assertEquals(Set.of("command", "script"),
                NecessaryLiterals.of("(?:run|exec) (?:\\w+ )?(?:command|script)"));
        assertEquals(Set.of(" to delete", " to remove"), NecessaryLiterals.of("^\\w+ to (?:delete|remove)(?: \\w+)?$"));
        assertEquals(Set.of("color", "colour"), NecessaryLiterals.of("colou?r"));
    }

    @Test
    void keepsOnlyLiteralsThatHoldNoShorterOne() {
        assertEquals(Set.of("delete", "remove"), NecessaryLiterals.of("delete|deletes|remove|removes"));
    }

    @Test
    void assertionsAndClassesNeverAddLetters() {
        assertEquals(Set.of("keys"), NecessaryLiterals.of("(?<=\\bsend )keys(?![a-z])"));
        assertEquals(Set.of("b"), NecessaryLiterals.of("[]a]b"));
        assertEquals(Set.of("bc"), NecessaryLiterals.of("\\x41bc"));
        assertEquals(Set.of("ab"), NecessaryLiterals.of("(ab)\\1c"));
    }

    @Test
    void givesNoSetWhenAMatchNeedNotHoldALiteral() {
        assertNull(NecessaryLiterals.of("\\w+|delete"));
        assertNull(NecessaryLiterals.of("(?:x)?"));
        assertNull(NecessaryLiterals.of("\\Qa.b\\E"));
        assertNull(NecessaryLiterals.of("(?i)kelvin"));
    }

    @Test
    void cutsLiteralsToTheirAsciiRuns() {
        assertEquals(Set.of("caf", "t"), NecessaryLiterals.of("caf\u00e9|\u00e9t\u00e9"));
        assertNull(NecessaryLiterals.of("\u00e9|\u00e8"));
    }
}
