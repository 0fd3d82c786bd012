package io.mcpcatalog.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * The live probes. {@code accepted} may start a match whatever follows. {@code open} may only when the text
     * goes on along one of its live children, or ends where the probe is one of the {@code endings} (it matches
     * when nothing follows), or goes on outside ASCII (never probed): then the rule is tried, unless it is
     * {@code asciiOnly} (it consumes nothing else) and the probe is not an ending. Every proper prefix of a live
     * probe is open. {@code shortestGuess} is the length of the shortest probe accepted without a match (growth
     * stopped), {@link Integer#MAX_VALUE} if none: how little of a text the probes look at.
     */
    record Prefixes(Set<String> accepted, Set<String> open, Set<String> endings, boolean asciiOnly,
                    int shortestGuess) {

        /** Every offset is a candidate: for a pattern the probes cannot see through. */
        static final Prefixes ANY = new Prefixes(Set.of(""), Set.of(), Set.of(), false, 0);
    }

    private enum Live { DEAD, OPEN, ENDING, MATCH }

    private final Matcher matcher;
    private final StringBuilder text;
    private final int start;

    private PrefixProbe(Pattern probe, String before) {
        this.text = new StringBuilder(before);
        this.start = before.length();
        this.matcher = probe.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The live probes of {@code probe} (from {@link ProbePattern}) at an offset that follows {@code before}. */
    static Prefixes explore(Pattern probe, String before, boolean asciiOnly) {
        return new PrefixProbe(probe, before).explore(asciiOnly);
    }

    private Prefixes explore(boolean asciiOnly) {
        Set<String> accepted = new LinkedHashSet<>();
        Set<String> open = new LinkedHashSet<>();
        Set<String> endings = new LinkedHashSet<>();
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
            endings.add("");
        }
        int nodes = 1;
        while (!queue.isEmpty()) {
            String probe = queue.remove();
            List<String> opened = new ArrayList<>();
            List<String> matched = new ArrayList<>();
            Set<String> ending = new HashSet<>();
            boolean grow = probe.length() < MAX_DEPTH && nodes < MAX_NODES;
            for (int i = 0; grow && i < ALPHABET.length; i++) {
                Live state = live(probe, ALPHABET[i]);
                String child = state == Live.DEAD ? null : probe + ALPHABET[i];
                if (state != Live.DEAD) {
                    (state == Live.MATCH ? matched : opened).add(child);
                }
                if (state == Live.ENDING) {
                    ending.add(child);
                }
            }
            // Many matching continuations: the match ends here before any separator. Many open ones: a class.
            boolean ends = matched.size() > WIDE && opened.size() <= WIDE;
            boolean guess = !grow || opened.size() > WIDE || nodes + opened.size() + matched.size() > MAX_NODES;
            if (ends || guess) {
                open.remove(probe);
                endings.remove(probe);
                accepted.add(probe);
                shortestGuess = ends ? shortestGuess : Math.min(shortestGuess, probe.length());
                continue;
            }
            nodes += opened.size() + matched.size();
            accepted.addAll(matched);
            open.addAll(opened);
            endings.addAll(ending);
            queue.addAll(opened);
        }
        return new Prefixes(accepted, open, endings, asciiOnly, shortestGuess);
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
