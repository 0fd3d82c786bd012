package io.mcpcatalog.classify;

import java.util.Map;

/**
 * The edges of a {@link ProbeTrie}, laid out for walking. Most nodes lie on a chain (one child): they keep that
 * child's character and number; only nodes with several children get a row of a table with a column per
 * character. The description's trie has thousands of nodes, read at random, so a full table per node would not
 * stay in cache.
 */
final class TrieEdges {

    /** Each ASCII character's column in the table; 0 for a character no edge reads. */
    private final int[] columns = new int[128];
    private final int width;
    /** Per node, where its row starts in the table, or -1 when it has at most one child. */
    private final int[] rows;
    /** Child numbers + 1, 0 for none: chars, to keep the table small (checked in the constructor). */
    private final char[] table;
    private final char[] onlyCharacter;
    private final char[] onlyChild;

    /** {@code edges} maps node * 128 + character to the child, for nodes numbered 0 to {@code nodes} - 1. */
    TrieEdges(Map<Long, Integer> edges, int nodes) {
        if (nodes >= Character.MAX_VALUE) {
            throw new IllegalArgumentException("rules' start probes need " + nodes + " trie nodes");
        }
        int used = 1;
        int[] children = new int[nodes];
        for (long key : edges.keySet()) {
            int c = (int) (key & 127);
            columns[c] = columns[c] == 0 ? used++ : columns[c];
            children[(int) (key >> 7)]++;
        }
        this.width = used;
        this.rows = new int[nodes];
        int branching = 0;
        for (int node = 0; node < nodes; node++) {
            rows[node] = children[node] > 1 ? width * branching++ : -1;
        }
        this.table = new char[branching * width];
        this.onlyCharacter = new char[nodes];
        this.onlyChild = new char[nodes];
        edges.forEach((key, child) -> {
            int node = (int) (key >> 7);
            char c = (char) (key & 127);
            if (rows[node] >= 0) {
                table[rows[node] + columns[c]] = (char) (child + 1);
            } else {
                onlyCharacter[node] = c;
                onlyChild[node] = (char) (child + 1);
            }
        });
    }

    /** The child of {@code node} along the ASCII character {@code c}, as its number + 1, or 0 for none. */
    int child(int node, char c) {
        int row = rows[node];
        if (row >= 0) {
            return table[row + columns[c]];
        }
        return c == onlyCharacter[node] ? onlyChild[node] : 0;
    }

    /** True when an edge leaves one of the nodes up to {@code last}. */
    boolean anyFrom(int last) {
        for (int node = 0; node <= last; node++) {
            if (rows[node] >= 0 || onlyChild[node] != 0) {
                return true;
            }
        }
        return false;
    }
}
