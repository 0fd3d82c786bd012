package io.mcpcatalog.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;

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
    private final int[] columns = new int[128];
    private final int width;
    /**
     * Row per state, column per character: the next state times two, plus one when a literal ends in it (so that
     * the pass needs no second look-up per character), failure links already followed.
     */
    private final char[] next;
    /** Per state, the conditions one of whose literals ends here (null for none). */
    private final int[][] found;

    /** {@code needs.get(i)} are the literals of slot {@code slots[i]}, or null for none. */
    LiteralIndex(int slotCount, int[] slots, List<LiteralNeeds> needs) {
        this.unconditional = new boolean[slotCount];
        List<int[]> goTo = new ArrayList<>(List.<int[]>of(new int[128]));
        List<Set<Integer>> ends = new ArrayList<>(List.<Set<Integer>>of(new TreeSet<>()));
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
                for (Set<String> literals : sets) {
                    int condition = conditionAlternatives.size();
                    conditionAlternatives.add(alternativeSlots.size() - 1);
                    for (String literal : literals) {
                        ends.get(add(literal, goTo, ends)).add(condition);
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
        int used = 1;
        for (int[] row : goTo) {
            for (int c = 0; c < 128; c++) {
                if (row[c] != 0 && columns[c] == 0) {
                    columns[c] = used++;
                }
            }
        }
        this.width = used;
        if (goTo.size() > Character.MAX_VALUE / 2) {
            throw new IllegalArgumentException("rules' literals need " + goTo.size() + " automaton states");
        }
        this.next = new char[goTo.size() * width];
        this.found = new int[goTo.size()][];
        renumberBreadthFirst(goTo, ends);
        link(goTo, ends);
        for (int k = 0; k < next.length; k++) {
            next[k] = (char) (next[k] * 2 + (found[next[k]] == null ? 0 : 1));
        }
    }

    /** Adds the literal's path to the trie; returns the state it ends in. */
    private static int add(String literal, List<int[]> goTo, List<Set<Integer>> ends) {
        int state = 0;
        for (char c : literal.toCharArray()) {
            if (goTo.get(state)[c] == 0) {
                goTo.get(state)[c] = goTo.size();
                goTo.add(new int[128]);
                ends.add(new TreeSet<>());
            }
            state = goTo.get(state)[c];
        }
        return state;
    }

    /**
     * Numbers the states shallow first: a text mostly stays within a few characters of the root, and those states'
     * rows then lie together in the table instead of spread over it in the order literals were added.
     */
    private static void renumberBreadthFirst(List<int[]> goTo, List<Set<Integer>> ends) {
        int[] renumbered = new int[goTo.size()];
        List<Integer> order = new ArrayList<>(List.of(0));
        for (int k = 0; k < order.size(); k++) {
            renumbered[order.get(k)] = k;
            for (int child : goTo.get(order.get(k))) {
                if (child != 0) {
                    order.add(child);
                }
            }
        }
        List<int[]> oldGoTo = List.copyOf(goTo);
        List<Set<Integer>> oldEnds = List.copyOf(ends);
        for (int k = 0; k < order.size(); k++) {
            int[] row = oldGoTo.get(order.get(k));
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] == 0 ? 0 : renumbered[row[c]];
            }
            goTo.set(k, row);
            ends.set(k, oldEnds.get(order.get(k)));
        }
    }

    /** Breadth first, so that a state's failure state is complete before the state itself. */
    private void link(List<int[]> goTo, List<Set<Integer>> ends) {
        int[] failure = new int[goTo.size()];
        Queue<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            int state = queue.remove();
            ends.get(state).addAll(ends.get(failure[state]));
            found[state] = ends.get(state).isEmpty() ? null
                    : ends.get(state).stream().mapToInt(Integer::intValue).toArray();
            for (int c = 0; c < 128; c++) {
                int child = goTo.get(state)[c];
                int fallback = state == 0 ? 0 : next[failure[state] * width + columns[c]];
                if (child != 0) {
                    failure[child] = fallback;
                    queue.add(child);
                }
                if (columns[c] != 0) {
                    next[state * width + columns[c]] = (char) (child != 0 ? child : fallback);
                }
            }
        }
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
        int entry = 0;
        for (int i = from; i < lower.length; i++) {
            char c = lower[i];
            // Literals are ASCII: a character outside it ends every partial one.
            entry = c < 128 ? next[(entry >> 1) * width + columns[c]] : 0;
            if ((entry & 1) == 0) {
                continue;
            }
            for (int condition : found[entry >> 1]) {
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
