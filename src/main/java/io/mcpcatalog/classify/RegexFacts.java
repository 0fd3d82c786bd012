package io.mcpcatalog.classify;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link NecessaryLiterals} knows of a part of a regex: the exact strings it matches when they are few,
 * and otherwise literals of which each of its matches contains one (null: none known).
 */
record RegexFacts(Set<String> exact, Set<String> necessary) {

    /** A zero-width part: an anchor, a lookaround, a word boundary. */
    static final RegexFacts EMPTY = exactly("");
    /** A part that matches some unknown text: a class, an escape such as \w, a back reference. */
    static final RegexFacts ANY_CHAR = new RegexFacts(null, null);

    static RegexFacts exactly(String text) {
        return new RegexFacts(Set.of(text), Set.of(text));
    }

    private static RegexFacts exactly(Set<String> texts) {
        return new RegexFacts(texts, texts.contains("") ? null : texts);
    }

    /** An alternation: exact if every branch is and there are few; else each branch's literals together. */
    static RegexFacts anyOf(List<RegexFacts> branches, int maxExact) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> necessary = new LinkedHashSet<>();
        for (RegexFacts branch : branches) {
            if (exact != null && branch.exact != null) {
                exact.addAll(branch.exact);
            } else {
                exact = null;
            }
            if (necessary != null && branch.necessary != null) {
                necessary.addAll(branch.necessary);
            } else {
                necessary = null;
            }
        }
        if (exact != null && exact.size() <= maxExact) {
            return exactly(exact);
        }
        return new RegexFacts(null, necessary);
    }

    /** The part repeated min to max times: only the first repetition's facts are certain. */
    RegexFacts repeated(int min, int max) {
        if (exact != null && max <= 1) {
            Set<String> options = new LinkedHashSet<>(min == 0 ? Set.of("") : Set.of());
            options.addAll(exact);
            return max == 0 ? EMPTY : exactly(options);
        }
        return min == 0 ? ANY_CHAR : new RegexFacts(null, necessary);
    }

    /**
     * A concatenation, part by part: runs of exact parts multiply out into exact strings, and the best set of
     * literals (longest shortest literal, then fewest) met along the way is the sequence's.
     */
    static final class Sequence {

        private final int maxExact;
        private Set<String> run = Set.of("");
        private boolean allExact = true;
        private Set<String> best;

        Sequence(int maxExact) {
            this.maxExact = maxExact;
        }

        void append(RegexFacts part) {
            if (part.exact != null) {
                Set<String> product = new LinkedHashSet<>();
                for (String head : run) {
                    for (String tail : part.exact) {
                        product.add(head + tail);
                    }
                }
                if (product.size() <= maxExact) {
                    run = product;
                    return;
                }
                consider(run);
                run = part.exact;
            } else {
                consider(run);
                consider(part.necessary);
                run = Set.of("");
            }
            allExact = false;
        }

        RegexFacts facts() {
            if (allExact) {
                return exactly(run);
            }
            consider(run);
            return new RegexFacts(null, best);
        }

        private void consider(Set<String> literals) {
            if (literals == null || literals.contains("")) {
                return;
            }
            if (best == null || SELECTIVE.compare(literals, best) > 0) {
                best = literals;
            }
        }

        private static final Comparator<Set<String>> SELECTIVE = Comparator
                .comparingInt((Set<String> literals) -> literals.stream().mapToInt(String::length).min().orElse(0))
                .thenComparing(Comparator.comparingInt((Set<String> literals) -> literals.size()).reversed());
    }
}
