package io.mcpcatalog.classify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link NecessaryLiterals} knows of a part of a regex: the exact strings it matches when they are few,
 * and otherwise the literals its matches need (null: none known).
 */
record RegexFacts(Set<String> exact, LiteralNeeds necessary) {

    /** A zero-width part: an anchor, a lookaround, a word boundary. */
    static final RegexFacts EMPTY = exactly("");
    /** A part that matches some unknown text: a class, an escape such as \w, a back reference. */
    static final RegexFacts ANY_CHAR = new RegexFacts(null, null);

    static RegexFacts exactly(String text) {
        return exactly(Set.of(text));
    }

    private static RegexFacts exactly(Set<String> texts) {
        return new RegexFacts(texts, texts.contains("") ? null : LiteralNeeds.oneOf(texts));
    }

    /** An alternation: exact if every branch is and there are few; else what each branch needs, as alternatives. */
    static RegexFacts anyOf(List<RegexFacts> branches, int maxExact) {
        Set<String> exact = new LinkedHashSet<>();
        for (RegexFacts branch : branches) {
            if (branch.exact == null) {
                exact = null;
                break;
            }
            exact.addAll(branch.exact);
        }
        if (exact != null && exact.size() <= maxExact) {
            return exactly(exact);
        }
        return new RegexFacts(null, LiteralNeeds.anyOf(branches.stream().map(RegexFacts::necessary).toList()));
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
     * A concatenation, part by part: runs of exact parts multiply out into exact strings, and the sequence needs
     * what each run and each other part needs.
     */
    static final class Sequence {

        private final int maxExact;
        private Set<String> run = Set.of("");
        private boolean allExact = true;
        private LiteralNeeds needs = LiteralNeeds.NOTHING;

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
                need(run);
                run = part.exact;
            } else {
                need(run);
                if (part.necessary != null) {
                    needs = needs.and(part.necessary);
                }
                run = Set.of("");
            }
            allExact = false;
        }

        RegexFacts facts() {
            if (allExact) {
                return exactly(run);
            }
            need(run);
            return new RegexFacts(null, needs.needsSomething() ? needs : null);
        }

        private void need(Set<String> literals) {
            if (!literals.contains("")) {
                needs = needs.and(LiteralNeeds.oneOf(literals));
            }
        }
    }
}
