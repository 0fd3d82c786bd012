package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literals of which every match of a regex contains at least one, read from the regex source: for
 * "(?:run|exec) (?:\\w+ )?(?:command|script)" the set {command, script} (or {run , exec }). Assertions count as
 * empty and classes as any character, so the set holds for every match and a text containing none of them
 * cannot match. Constructs this does not read (quoting, inline flags) give no set.
 */
final class NecessaryLiterals {

    private static final int MAX_LENGTH = 20;

    private NecessaryLiterals() {
    }

    /** The necessary literals, each lower-case ASCII, or null when none can be named. */
    static Set<String> of(String source) {
        try {
            return shortest(RegexFactsReader.read(source).necessary());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * Each literal cut to its longest ASCII run and to its first {@link #MAX_LENGTH} characters, then only those
     * that hold no other: all still occur in every match, and a smaller automaton reads a text faster.
     * Null if a literal has no ASCII.
     */
    private static Set<String> shortest(Set<String> literals) {
        if (literals == null) {
            return null;
        }
        List<String> cut = new ArrayList<>();
        for (String literal : literals) {
            String longest = "";
            for (String run : literal.split("[^\\x00-\\x7F]+")) {
                longest = run.length() > longest.length() ? run : longest;
            }
            if (longest.isEmpty()) {
                return null;
            }
            cut.add(longest.substring(0, Math.min(MAX_LENGTH, longest.length())));
        }
        cut.sort(Comparator.comparingInt(String::length));
        Set<String> kept = new LinkedHashSet<>();
        for (String literal : cut) {
            if (kept.stream().noneMatch(literal::contains)) {
                kept.add(literal);
            }
        }
        return kept;
    }
}
