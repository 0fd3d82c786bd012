package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The literals every match of a regex contains, read from the regex source: for
 * "(?:run|exec) (?:\\w+ )?(?:command|script)" one of {run , exec } and one of {command, script}. Assertions count
 * as empty and classes as any character, so the needs hold for every match and a text without them cannot match.
 * Constructs {@link RegexTree} does not read (back references, quoting, inline flags) give none.
 */
final class NecessaryLiterals {

    private static final int MAX_LENGTH = 20;
    /** Sets an alternative keeps: each one more is looked for in every text, for a smaller gain. */
    private static final int MAX_SETS = 4;
    /** Beyond its most selective set, an alternative keeps only sets whose literals are at least this long. */
    private static final int MIN_EXTRA_LENGTH = 3;

    private NecessaryLiterals() {
    }

    /** The necessary literals, each lower-case ASCII, or null when none can be named. */
    static LiteralNeeds of(String source) {
        try {
            return of(RegexTree.read(source));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The necessary literals of a regex already read, as {@link #of(String)} gives them. */
    static LiteralNeeds of(RegexTree.Node tree) {
        LiteralNeeds needs = RegexFacts.of(tree).necessary();
        if (needs == null) {
            return null;
        }
        List<List<Set<String>>> alternatives = new ArrayList<>();
        for (List<Set<String>> sets : needs.alternatives()) {
            List<Set<String>> kept = sets.stream().map(NecessaryLiterals::shortest).filter(Objects::nonNull)
                    .sorted(LiteralNeeds.SELECTIVE).toList();
            if (kept.isEmpty()) {
                return null;
            }
            alternatives.add(IntStream.range(0, kept.size()).filter(k -> k == 0 || shortestLength(kept.get(k))
                    >= MIN_EXTRA_LENGTH).limit(MAX_SETS).mapToObj(kept::get).toList());
        }
        return new LiteralNeeds(alternatives);
    }

    private static int shortestLength(Set<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /**
     * Each literal cut to its longest ASCII run and to its first {@link #MAX_LENGTH} characters, then only those
     * that hold no other: all still occur in every match, and a smaller automaton reads a text faster.
     * Null if a literal has no ASCII.
     */
    private static Set<String> shortest(Set<String> literals) {
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
