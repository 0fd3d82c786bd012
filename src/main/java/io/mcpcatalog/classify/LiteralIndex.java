package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link NecessaryLiterals} of many rules in one Aho-Corasick automaton: a single pass over a text tells
 * which rules can match it at all (a rule none of whose alternatives finds all its sets of literals in the text
 * cannot). A rule without literals always can. This rules out, for example, a rule whose match starts with any
 * word but needs " to delete" later on, or one that needs "pay" and "with" where only "with" occurs.
 */
final class LiteralIndex {

    /** Slots of this index's rules that have no literals: always possible. */
    private final boolean[] unconditional;
    /**
     * Per set of literals (a condition), its alternative; per alternative, its slot and its conditions, numbered
     * from its first one on, so that a bit set tells at once whether all are met.
     */
    private final int[] alternativeOf;
    private final int[] slotOf;
    private final int[] firstCondition;
    private final int[] endCondition;
    private final LiteralAutomaton automaton;

    /** {@code needs.get(i)} are the literals of slot {@code slots[i]}, or null for none. */
    LiteralIndex(int slotCount, int[] slots, List<LiteralNeeds> needs) {
        this.unconditional = new boolean[slotCount];
        List<String> literals = new ArrayList<>();
        List<Integer> literalConditions = new ArrayList<>();
        List<Integer> conditionAlternatives = new ArrayList<>();
        List<Integer> alternativeSlots = new ArrayList<>();
        List<Integer> alternativeFirsts = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (needs.get(i) == null) {
                unconditional[slots[i]] = true;
                continue;
            }
            for (List<Set<String>> sets : needs.get(i).alternatives()) {
                alternativeSlots.add(slots[i]);
                alternativeFirsts.add(conditionAlternatives.size());
                for (Set<String> set : sets) {
                    int condition = conditionAlternatives.size();
                    conditionAlternatives.add(alternativeSlots.size() - 1);
                    for (String literal : set) {
                        literals.add(literal);
                        literalConditions.add(condition);
                    }
                }
            }
        }
        this.alternativeOf = conditionAlternatives.stream().mapToInt(Integer::intValue).toArray();
        this.slotOf = alternativeSlots.stream().mapToInt(Integer::intValue).toArray();
        this.firstCondition = alternativeFirsts.stream().mapToInt(Integer::intValue).toArray();
        this.endCondition = new int[firstCondition.length];
        for (int k = 0; k < firstCondition.length; k++) {
            endCondition[k] = k + 1 < firstCondition.length ? firstCondition[k + 1] : alternativeOf.length;
        }
        this.automaton = new LiteralAutomaton(literals, literalConditions);
    }

    /** True when the rule of this slot has literals, so that {@link #possible} may rule it out. */
    boolean conditional(int slot) {
        return !unconditional[slot];
    }

    /**
     * Which of the {@code wanted} slots' rules can match the text from offset {@code from} on. The pass stops as
     * soon as all of them can: what follows cannot rule any out.
     */
    BitSet possible(SignalText text, int from, BitSet wanted) {
        BitSet possible = new BitSet();
        int missing = wanted.cardinality();
        // Conditions met so far, one bit each: sized once, as a BitSet would grow to it by copies.
        long[] met = new long[(alternativeOf.length + 63) >>> 6];
        char[] lower = text.lowerChars();
        int state = 0;
        for (int i = from; i < lower.length; i++) {
            state = automaton.next(state, lower[i]);
            int[] found = automaton.found(state);
            if (found == null) {
                continue;
            }
            for (int condition : found) {
                long bit = 1L << condition;
                if ((met[condition >>> 6] & bit) != 0) {
                    continue;
                }
                met[condition >>> 6] |= bit;
                int alternative = alternativeOf[condition];
                int slot = slotOf[alternative];
                if (wanted.get(slot) && !possible.get(slot) && allMet(met, alternative)) {
                    possible.set(slot);
                    if (--missing == 0) {
                        return possible;
                    }
                }
            }
        }
        return possible;
    }

    private boolean allMet(long[] met, int alternative) {
        for (int condition = firstCondition[alternative]; condition < endCondition[alternative]; condition++) {
            if ((met[condition >>> 6] & 1L << condition) == 0) {
                return false;
            }
        }
        return true;
    }
}
