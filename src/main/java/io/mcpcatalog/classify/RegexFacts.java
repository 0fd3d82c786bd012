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

    /** Beyond this many strings a set of exact alternatives is only kept as a necessary set. */
    private static final int MAX_EXACT = 64;

    /** The facts of a regex read as a {@link RegexTree}. */
    static RegexFacts of(RegexTree.Node node) {
        if (node instanceof RegexTree.Chars chars) {
            return ofChars(chars.source());
        }
        if (node instanceof RegexTree.Anchor) {
            return EMPTY;
        }
        if (node instanceof RegexTree.Sequence sequence) {
            Sequence facts = new Sequence(MAX_EXACT);
            sequence.parts().forEach(part -> facts.append(of(part)));
            return facts.facts();
        }
        if (node instanceof RegexTree.Either either) {
            return anyOf(either.branches().stream().map(RegexFacts::of).toList(), MAX_EXACT);
        }
        RegexTree.Repeat repeat = (RegexTree.Repeat) node;
        return of(repeat.part()).repeated(repeat.min(), repeat.max() < 0 ? Integer.MAX_VALUE : repeat.max());
    }

    /** A literal character or an escaped punctuation mark is itself; a class, "." or an escape such as \\w is unknown. */
    private static RegexFacts ofChars(String source) {
        if (source.length() == 1 && !source.equals(".")) {
            return exactly(source);
        }
        boolean escapedMark = source.length() == 2 && source.charAt(0) == '\\'
                && !Character.isLetterOrDigit(source.charAt(1));
        return escapedMark ? exactly(source.substring(1)) : ANY_CHAR;
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
