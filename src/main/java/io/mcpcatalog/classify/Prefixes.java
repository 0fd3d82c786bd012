package io.mcpcatalog.classify;

import java.util.Map;
import java.util.Set;

/**
 * The live probes of a pattern ({@link PrefixProbe}). {@code accepted} may start a match whatever follows.
 * {@code open} may only when the text goes on along one of its live children, or ends where the probe is one of
 * the {@code endings} (it matches when nothing follows), or goes on outside ASCII (never probed): then the rule
 * is tried, unless it is {@code asciiOnly} (it consumes nothing else) and the probe is not an ending. Every proper
 * prefix of a live probe is open. {@code shortestGuess} is the length of the shortest probe accepted without a
 * match (growth stopped), {@link Integer#MAX_VALUE} if none: how little of a text the probes look at.
 * {@code sure} holds accepted probes whose match the probe already decided, when the probe regex is exact (see
 * {@link ProbePattern#exact}): the regex need not run there.
 */
record Prefixes(Set<String> accepted, Set<String> open, Set<String> endings, boolean asciiOnly,
                int shortestGuess, Map<String, SureMatch> sure) {

    /** Every offset is a candidate: for a pattern the probes cannot see through. */
    static final Prefixes ANY = new Prefixes(Set.of(""), Set.of(), Set.of(), false, 0, Map.of());

    /**
     * A match of {@code length} characters at an accepted probe: always, or only when the next character is one of
     * the ASCII ones in the mask ({@code low} 0-63, {@code high} 64-127) or, if {@code atEnd}, when the text ends.
     */
    record SureMatch(int length, boolean always, long low, long high, boolean atEnd) {

        /** The match's length when the text goes on with {@code next} (-1: the text ends), or -1 if not sure. */
        int lengthBefore(int next) {
            boolean sure = always || (next < 0 ? atEnd
                    : next < 64 ? (low & 1L << next) != 0 : next < 128 && (high & 1L << next) != 0);
            return sure ? length : -1;
        }
    }
}
