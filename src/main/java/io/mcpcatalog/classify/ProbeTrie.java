package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The probes of many rules as one trie, each node listing the rules that accept it or are open at it. Nodes
 * are numbered shallow first, so that the rows most walks read lie together; nodes 0 and 1 are the roots for
 * probes at the start of a text and elsewhere.
 */
final class ProbeTrie {

    /**
     * A probe of one rule; what the rule does there: accept (with a sure match, or null), match at the end, match
     * before non-ASCII.
     */
    private record Probe(int root, String text, int slot, boolean accept, Prefixes.SureMatch sure, boolean atEnd,
                         boolean beyondAscii) {
    }

    private final List<Probe> probes = new ArrayList<>();
    /** Edge key: node * 128 + character. */
    final Map<Long, Integer> edges = new HashMap<>();
    final List<List<Integer>> accepted = new ArrayList<>();
    /** Per node, parallel to accepted: each rule's sure match there, or null. */
    final List<List<Prefixes.SureMatch>> sure = new ArrayList<>();
    final List<List<Integer>> atEnd = new ArrayList<>();
    final List<List<Integer>> beyondAscii = new ArrayList<>();

    ProbeTrie() {
        newNode();
        newNode();
    }

    void add(int root, Prefixes prefixes, int slot) {
        for (String probe : prefixes.accepted()) {
            probes.add(new Probe(root, probe, slot, true, prefixes.sure().get(probe), true, true));
        }
        for (String probe : prefixes.open()) {
            boolean ending = prefixes.endings().contains(probe);
            probes.add(new Probe(root, probe, slot, false, null, ending, ending || !prefixes.asciiOnly()));
        }
    }

    void build() {
        probes.sort(Comparator.comparingInt(probe -> probe.text().length()));
        for (Probe probe : probes) {
            int node = node(probe.root(), probe.text());
            if (probe.accept()) {
                accepted.get(node).add(probe.slot());
                sure.get(node).add(probe.sure());
                continue;
            }
            if (probe.atEnd()) {
                atEnd.get(node).add(probe.slot());
            }
            if (probe.beyondAscii()) {
                beyondAscii.get(node).add(probe.slot());
            }
        }
    }

    private int node(int root, String probe) {
        int node = root;
        for (int i = 0; i < probe.length(); i++) {
            node = edges.computeIfAbsent((long) node << 7 | probe.charAt(i), key -> newNode());
        }
        return node;
    }

    private int newNode() {
        accepted.add(new ArrayList<>());
        sure.add(new ArrayList<>());
        atEnd.add(new ArrayList<>());
        beyondAscii.add(new ArrayList<>());
        return accepted.size() - 1;
    }
}
