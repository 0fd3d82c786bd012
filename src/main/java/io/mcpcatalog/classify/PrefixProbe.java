package io.mcpcatalog.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns, once per rule, which texts a match can start with, by asking the regex itself: an attempt that fails
 * without reading past the end of a short probe cannot succeed with more input, so that probe is dead and so is
 * every text beginning with it. The probes grow one ASCII character at a time, breadth first, from the empty one;
 * growth stops at a probe that matches outright, that many characters continue (a \\w or [^.] follows: nothing to
 * gain), or when the depth or node budget is spent, and such a probe is accepted whatever follows it.
 */
final class PrefixProbe {

    private static final int MAX_DEPTH = 16;
    private static final int MAX_NODES = 300;
    /** More continuations than this: a class such as \\w or [^a-z] follows, and the probe is accepted as is. */
    private static final int WIDE = 30;
    /** Every character a lower-cased ASCII text can hold: no capitals. */
    private static final char[] ALPHABET = alphabet();

    private enum Live { DEAD, OPEN, ENDING, MATCH }

    private final Matcher matcher;
    private final StringBuilder text;
    private final int start;
    /** The length of the last probe's match, when it matched. */
    private int length;

    private PrefixProbe(Pattern probe, String before) {
        this.text = new StringBuilder(before);
        this.start = before.length();
        this.matcher = probe.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The live probes of {@code probe} (from {@link ProbePattern}) at an offset that follows {@code before}. */
    static Prefixes explore(Pattern probe, String before, boolean asciiOnly, boolean exact) {
        return new PrefixProbe(probe, before).explore(asciiOnly, exact);
    }

    private Prefixes explore(boolean asciiOnly, boolean exact) {
        Set<String> accepted = new LinkedHashSet<>();
        Set<String> open = new LinkedHashSet<>();
        Map<String, Integer> endings = new LinkedHashMap<>();
        Map<String, Prefixes.SureMatch> sure = new HashMap<>();
        Live root = live("", null);
        if (root == Live.MATCH) {
            return Prefixes.ANY;
        }
        int shortestGuess = Integer.MAX_VALUE;
        Queue<String> queue = new ArrayDeque<>();
        if (root != Live.DEAD) {
            open.add("");
            queue.add("");
        }
        if (root == Live.ENDING) {
            endings.put("", length);
        }
        int nodes = 1;
        while (!queue.isEmpty()) {
            String probe = queue.remove();
            List<String> opened = new ArrayList<>();
            Map<String, Integer> matched = new LinkedHashMap<>();
            Map<String, Integer> ending = new HashMap<>();
            boolean grow = probe.length() < MAX_DEPTH && nodes < MAX_NODES;
            for (int i = 0; grow && i < ALPHABET.length; i++) {
                Live state = live(probe, ALPHABET[i]);
                String child = probe + ALPHABET[i];
                if (state == Live.MATCH) {
                    matched.put(child, length);
                } else if (state != Live.DEAD) {
                    opened.add(child);
                }
                if (state == Live.ENDING) {
                    ending.put(child, length);
                }
            }
            // Many matching continuations: the match ends here before any separator. Many open ones: a class.
            boolean ends = matched.size() > WIDE && opened.size() <= WIDE;
            boolean guess = !grow || opened.size() > WIDE || nodes + opened.size() + matched.size() > MAX_NODES;
            if (ends || guess) {
                open.remove(probe);
                Integer endingLength = endings.remove(probe);
                accepted.add(probe);
                shortestGuess = ends ? shortestGuess : Math.min(shortestGuess, probe.length());
                if (ends && exact && new HashSet<>(matched.values()).size() == 1) {
                    sure.put(probe, endsHere(probe, matched, endingLength));
                }
                continue;
            }
            nodes += opened.size() + matched.size();
            accepted.addAll(matched.keySet());
            matched.forEach((child, matchLength) -> {
                if (exact) {
                    sure.put(child, new Prefixes.SureMatch(matchLength, true, -1L, -1L, true));
                }
            });
            open.addAll(opened);
            endings.putAll(ending);
            queue.addAll(opened);
        }
        return new Prefixes(accepted, open, endings.keySet(), asciiOnly, shortestGuess, sure);
    }

    /** The sure match of a probe whose many matching continuations all end the match at the same place. */
    private static Prefixes.SureMatch endsHere(String probe, Map<String, Integer> matched, Integer endingLength) {
        int matchLength = matched.values().iterator().next();
        long low = 0;
        long high = 0;
        for (String child : matched.keySet()) {
            char next = child.charAt(probe.length());
            low |= next < 64 ? 1L << next : 0;
            high |= next >= 64 ? 1L << next : 0;
        }
        boolean atEnd = endingLength != null && endingLength == matchLength;
        return new Prefixes.SureMatch(matchLength, false, low, high, atEnd);
    }

    /**
     * MATCH when the probe matches without looking past its end; ENDING when it matches but looked past its end
     * (a following character could still undo the match), OPEN when more text decides; else DEAD. The probe is
     * {@code probe} and then {@code next}, if any.
     */
    private Live live(String probe, Character next) {
        text.setLength(start);
        text.append(probe);
        if (next != null) {
            text.append(next.charValue());
        }
        matcher.reset(text).region(start, text.length());
        boolean matches = matcher.lookingAt();
        length = matches ? matcher.end() - start : -1;
        if (matcher.hitEnd()) {
            return matches ? Live.ENDING : Live.OPEN;
        }
        return matches ? Live.MATCH : Live.DEAD;
    }

    private static char[] alphabet() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (c < 'A' || c > 'Z') {
                chars.append(c);
            }
        }
        return chars.toString().toCharArray();
    }
}
