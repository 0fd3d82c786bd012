package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which literals every match of a regex contains: it satisfies one of the alternatives, and an alternative
 * holds when the text contains, for each of its sets, one literal of the set (in any order). For
 * "^\\w+ (?:pay|bill) (?:\\w+ )?with (?:card|wallet)|delete" the alternatives are [{pay , bill }, {card, wallet}]
 * and [{delete}]. Requiring every set of an alternative, not just one set, rules out texts that hold a common
 * word of the regex but not the rest.
 */
record LiteralNeeds(List<List<Set<String>>> alternatives) {

    /**
     * Beyond this many alternatives a part is folded into one set, so that products of alternations stay small;
     * a rule listing dozens of phrasings keeps them apart, or their common words ("to", "with") pass most texts.
     */
    private static final int MAX_ALTERNATIVES = 64;

    /** Needs nothing: what a sequence needs before any of its parts. */
    static final LiteralNeeds NOTHING = new LiteralNeeds(List.of(List.of()));

    /** Most selective first: the longest shortest literal, then the fewest literals. */
    static final Comparator<Set<String>> SELECTIVE = Comparator
            .comparingInt((Set<String> literals) -> literals.stream().mapToInt(String::length).min().orElse(0))
            .thenComparing(Comparator.comparingInt((Set<String> literals) -> literals.size()).reversed())
            .reversed();

    LiteralNeeds {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /** One of the literals. */
    static LiteralNeeds oneOf(Set<String> literals) {
        return new LiteralNeeds(List.of(List.of(literals)));
    }

    /** What a match of any of the branches needs; null if a branch needs nothing known. */
    static LiteralNeeds anyOf(List<LiteralNeeds> branches) {
        List<List<Set<String>>> alternatives = new ArrayList<>();
        for (LiteralNeeds branch : branches) {
            if (branch == null || !branch.needsSomething()) {
                return null;
            }
            alternatives.addAll(branch.alternatives);
        }
        if (alternatives.size() <= MAX_ALTERNATIVES) {
            return new LiteralNeeds(alternatives);
        }
        Set<String> folded = new LinkedHashSet<>();
        branches.forEach(branch -> folded.addAll(branch.folded()));
        return oneOf(folded);
    }

    /** What a match of this part followed by {@code next} needs: both, alternative by alternative. */
    LiteralNeeds and(LiteralNeeds next) {
        if (alternatives.size() * next.alternatives.size() > MAX_ALTERNATIVES) {
            return next.needsSomething() ? and(oneOf(next.folded())) : this;
        }
        List<List<Set<String>>> product = new ArrayList<>();
        for (List<Set<String>> head : alternatives) {
            for (List<Set<String>> tail : next.alternatives) {
                List<Set<String>> both = new ArrayList<>(head);
                tail.stream().filter(set -> !both.contains(set)).forEach(both::add);
                product.add(both);
            }
        }
        return new LiteralNeeds(product);
    }

    /** True when every alternative needs some literal, so that a text without the literals cannot match. */
    boolean needsSomething() {
        return alternatives.stream().noneMatch(List::isEmpty);
    }

    /** One set every match holds a literal of: each alternative's most selective set, together. */
    private Set<String> folded() {
        Set<String> folded = new LinkedHashSet<>();
        alternatives.forEach(sets -> folded.addAll(sets.stream().min(SELECTIVE).orElseThrow()));
        return folded;
    }
}
