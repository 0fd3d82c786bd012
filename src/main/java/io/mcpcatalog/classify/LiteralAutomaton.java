package io.mcpcatalog.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Aho-Corasick automaton of a {@link LiteralIndex}: reading a text character by character, it says after each
 * one which conditions have a literal ending there. The shallowest states, where a text spends most characters,
 * keep a full row of next states (failure links already followed); deeper ones keep only their trie edges and
 * failure link. A full row for every one of the description's 15,000 states took 1.3 MB, read at random, which
 * does not stay in a core's cache.
 */
final class LiteralAutomaton {

    /** Rows of this many states (times about 40 columns of 2 bytes) stay within a core's cache beside the rest. */
    private static final int ROW_STATES = 2048;

    private final int[] columns = new int[128];
    private final int width;
    /** States numbered below this have a row. */
    private final int rowStates;
    private final char[] rows;
    private final TrieEdges deepEdges;
    private final char[] failure;
    /** Per state, the conditions one of whose literals ends here (null for none). */
    private final int[][] found;

    /** {@code literals.get(i)} ends condition {@code conditions.get(i)}; the literals are ASCII. */
    LiteralAutomaton(List<String> literals, List<Integer> conditions) {
        this(literals, conditions, ROW_STATES);
    }

    /** As above, with rows for at most {@code maxRowStates} states (at least the start state has one). */
    LiteralAutomaton(List<String> literals, List<Integer> conditions, int maxRowStates) {
        List<int[]> goTo = new ArrayList<>(List.<int[]>of(new int[128]));
        List<Set<Integer>> ends = new ArrayList<>(List.<Set<Integer>>of(new TreeSet<>()));
        for (int i = 0; i < literals.size(); i++) {
            ends.get(add(literals.get(i), goTo, ends)).add(conditions.get(i));
        }
        if (goTo.size() >= Character.MAX_VALUE) {
            throw new IllegalArgumentException("rules' literals need " + goTo.size() + " automaton states");
        }
        renumberBreadthFirst(goTo, ends);
        int used = 1;
        for (int[] row : goTo) {
            for (int c = 0; c < 128; c++) {
                if (row[c] != 0 && columns[c] == 0) {
                    columns[c] = used++;
                }
            }
        }
        this.width = used;
        this.rowStates = Math.max(1, Math.min(goTo.size(), maxRowStates));
        this.rows = new char[rowStates * width];
        this.failure = new char[goTo.size()];
        this.found = new int[goTo.size()][];
        Map<Long, Integer> deep = new HashMap<>();
        for (int state = rowStates; state < goTo.size(); state++) {
            for (int c = 0; c < 128; c++) {
                if (goTo.get(state)[c] != 0) {
                    deep.put((long) state << 7 | c, goTo.get(state)[c]);
                }
            }
        }
        this.deepEdges = new TrieEdges(deep, goTo.size());
        link(goTo, ends);
    }

    /** The state after reading {@code c} in {@code state}; the start state is 0. */
    int next(int state, char c) {
        if (c >= 128) {
            // Literals are ASCII: a character outside it ends every partial one.
            return 0;
        }
        while (state >= rowStates) {
            int child = deepEdges.child(state, c);
            if (child != 0) {
                return child - 1;
            }
            state = failure[state];
        }
        return rows[state * width + columns[c]];
    }

    /** The conditions a literal ending in {@code state} meets, or null for none. */
    int[] found(int state) {
        return found[state];
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

    /** Numbers the states shallow first, so that the states with a row are the ones a text mostly stays in. */
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
        Queue<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            int state = queue.remove();
            ends.get(state).addAll(ends.get(failure[state]));
            found[state] = ends.get(state).isEmpty() ? null
                    : ends.get(state).stream().mapToInt(Integer::intValue).toArray();
            for (int c = 0; c < 128; c++) {
                int child = goTo.get(state)[c];
                if (child != 0) {
                    failure[child] = (char) (state == 0 ? 0 : next(failure[state], (char) c));
                    queue.add(child);
                }
                if (state < rowStates && columns[c] != 0) {
                    rows[state * width + columns[c]] = (char) (child != 0 ? child : state == 0 ? 0
                            : next(failure[state], (char) c));
                }
            }
        }
    }
}
