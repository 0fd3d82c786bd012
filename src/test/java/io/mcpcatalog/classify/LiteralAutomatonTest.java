package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * After each character the automaton names exactly the conditions of the literals ending there, however many of its
 * states keep a full row (the others follow failure links).
 */
class LiteralAutomatonTest {

    @Test
    void findsOverlappingLiteralsWhereTheyEnd() {
        List<String> literals = List.of("he", "she", "his", "hers");
        LiteralAutomaton automaton = new LiteralAutomaton(literals, List.of(0, 1, 2, 3));
        assertEquals(List.of(Set.of(), Set.of(), Set.of(), Set.of(0, 1), Set.of(), Set.of(3)),
                foundAfterEach(automaton, "ushers"));
    }

    @Test
    void aCharacterOutsideAsciiEndsEveryPartialLiteral() {
        LiteralAutomaton automaton = new LiteralAutomaton(List.of("pay "), List.of(0), 1);
        assertEquals(Set.of(), foundAfterEach(automaton, "pa\u00e9y ").get(4));
        assertEquals(Set.of(0), foundAfterEach(automaton, "\u00e9pay ").get(4));
    }

    @Test
    void agreesWithANaiveSearchWithFewOrAllRows() {
        Random random = new Random(7);
        List<String> literals = new ArrayList<>();
        List<Integer> conditions = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            literals.add(randomText(random, 1 + random.nextInt(6)));
            conditions.add(random.nextInt(40));
        }
        for (int rows : new int[] {1, 5, 40, Integer.MAX_VALUE}) {
            LiteralAutomaton automaton = new LiteralAutomaton(literals, conditions, rows);
            for (int t = 0; t < 200; t++) {
                String text = randomText(random, random.nextInt(40));
                assertEquals(naive(literals, conditions, text), foundAfterEach(automaton, text),
                        "rows " + rows + ", text " + text);
            }
        }
    }

    /** Over "ab c." so that literals overlap and repeat often. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("ab c.".charAt(random.nextInt(5)));
        }
        return text.toString();
    }

    private static List<Set<Integer>> foundAfterEach(LiteralAutomaton automaton, String text) {
        List<Set<Integer>> found = new ArrayList<>();
        int state = 0;
        for (char c : text.toCharArray()) {
            state = automaton.next(state, c);
            Set<Integer> here = new TreeSet<>();
            if (automaton.found(state) != null) {
                for (int condition : automaton.found(state)) {
                    here.add(condition);
                }
            }
            found.add(here);
        }
        return found;
    }

    private static List<Set<Integer>> naive(List<String> literals, List<Integer> conditions, String text) {
        List<Set<Integer>> found = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            Set<Integer> here = new TreeSet<>();
            for (int i = 0; i < literals.size(); i++) {
                if (text.startsWith(literals.get(i), end - literals.get(i).length())) {
                    here.add(conditions.get(i));
                }
            }
            found.add(here);
        }
        return found;
    }
}
