package io.mcpcatalog.classify;

import java.util.List;

/**
 * One trie of the live probes ({@link PrefixProbe}) of many rules, so that a text is read once for all of them:
 * from each offset where a match can start (word starts, or every character for rules that do not match whole
 * words) the text is walked down the trie, and each node names the rules that may match from that offset. Its cost
 * hardly grows with the number of rules; the rules' regexes then run only at the offsets named.
 */
final class StartIndex {

    private static final int TEXT_START = 0;
    private static final int ELSEWHERE = 1;

    private final boolean wholeWords;
    private final TrieEdges edges;
    /**
     * Per node, the slots of the rules that may match whatever follows, of those that may match if the text ends
     * there, and of those that may match if a character outside ASCII follows.
     */
    private final int[][] accepted;
    private final Prefixes.SureMatch[][] sure;
    private final boolean[] accepting;
    private final int[][] atEnd;
    private final int[][] beyondAscii;
    /** True when only a character outside ASCII can start any of these rules, so an ASCII text is skipped. */
    private final boolean asciiNeverStarts;

    /** Indexes {@code patterns}, all whole-word or all not as {@code wholeWords} says, under their slots. */
    StartIndex(boolean wholeWords, int[] slots, List<RulePattern> patterns) {
        this.wholeWords = wholeWords;
        ProbeTrie trie = new ProbeTrie();
        for (int p = 0; p < patterns.size(); p++) {
            trie.add(TEXT_START, patterns.get(p).atTextStart(), slots[p]);
            trie.add(ELSEWHERE, patterns.get(p).elsewhere(), slots[p]);
        }
        trie.build();
        this.edges = new TrieEdges(trie.edges, trie.accepted.size());
        this.accepted = toArrays(trie.accepted);
        this.sure = trie.sure.stream().map(matches -> matches.toArray(Prefixes.SureMatch[]::new))
                .toArray(Prefixes.SureMatch[][]::new);
        this.accepting = new boolean[accepted.length];
        for (int node = 0; node < accepted.length; node++) {
            accepting[node] = accepted[node].length > 0;
        }
        this.atEnd = toArrays(trie.atEnd);
        this.beyondAscii = toArrays(trie.beyondAscii);
        this.asciiNeverStarts = !accepting[TEXT_START] && !accepting[ELSEWHERE] && !edges.anyFrom(ELSEWHERE);
    }

    /** Adds, for every offset of the text where one of these rules may match, the rule's slot and the offset. */
    void scan(SignalText text, Candidates.Builder out) {
        if (asciiNeverStarts && text.ascii()) {
            return;
        }
        char[] lower = text.lowerChars();
        if (wholeWords) {
            for (int offset : text.wordStarts()) {
                walk(lower, offset, out);
            }
        } else {
            for (int offset = 0; offset < lower.length; offset++) {
                walk(lower, offset, out);
            }
        }
    }

    private void walk(char[] lower, int offset, Candidates.Builder out) {
        int node = offset == 0 ? TEXT_START : ELSEWHERE;
        // A whole word's regex also rejects a start after some non-ASCII characters (a superscript digit, say).
        boolean sureStart = !wholeWords || offset == 0 || lower[offset - 1] < 128;
        for (int i = offset; ; i++) {
            if (accepting[node]) {
                int next = i < lower.length ? lower[i] : -1;
                for (int k = 0; k < accepted[node].length; k++) {
                    Prefixes.SureMatch match = sure[node][k];
                    out.add(accepted[node][k], offset, match == null || !sureStart ? -1 : match.lengthBefore(next));
                }
            }
            if (i == lower.length) {
                out.addAll(atEnd[node], offset);
                return;
            }
            char c = lower[i];
            if (c >= 128) {
                out.addAll(beyondAscii[node], offset);
                return;
            }
            int child = edges.child(node, c);
            if (child == 0) {
                return;
            }
            node = child - 1;
        }
    }

    private static int[][] toArrays(List<List<Integer>> slotsByNode) {
        int[][] arrays = new int[slotsByNode.size()][];
        for (int node = 0; node < arrays.length; node++) {
            List<Integer> slots = slotsByNode.get(node);
            arrays[node] = slots.stream().mapToInt(Integer::intValue).toArray();
        }
        return arrays;
    }
}
