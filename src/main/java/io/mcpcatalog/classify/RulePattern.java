package io.mcpcatalog.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regex, matched on lower-cased text and, by default, on whole words. An attempt costs hundreds of
 * nanoseconds, so a match is only tried at the offsets a {@link RuleIndex} names: where a whole word starts (or
 * any character), the text goes on as a match can begin (learnt once per pattern, for the start of a text and for
 * anywhere else) and the text holds the literals a match needs. There, the pattern read as an automaton
 * ({@link RuleDfa}) rules out most of the offsets where the regex would fail, in nanoseconds instead of
 * microseconds. This changes how fast, never what matches.
 */
public final class RulePattern {

    /** Escapes such as \W, \p{Lu}, \x{E0000} or \uFEFF, whose capitals are not letters to match. */
    private static final Pattern ESCAPES = Pattern.compile("\\\\(?:[pPx]\\{[^}]*\\}|u\\p{XDigit}{4}|.)");
    /** Right after a line break ^ matches only in multiline mode, as after any other character. */
    private static final String INSIDE_TEXT = "\n";

    private final String source;
    private final Pattern pattern;
    private final boolean wholeWords;
    private final Prefixes atTextStart;
    private final Prefixes elsewhere;
    private final LiteralNeeds literals;
    /** A matcher per thread, re-targeted at each text: creating one costs more than most match attempts. */
    private final ThreadLocal<TargetedMatcher> matchers;
    /** The pattern as an automaton, one per thread, or null when it cannot be read as one (see {@link RegexTree}). */
    private final ThreadLocal<RuleDfa> automata;

    /**
     * A matcher and the text it reads. Re-targeting resets the matcher, and so does setting a region (each reset
     * clears a slot per group of the regex): a text already read by the previous call is not re-targeted, and a
     * text just targeted is read from its start without a region, which it already has.
     */
    private static final class TargetedMatcher {
        private final Matcher matcher;
        private String text = "";

        TargetedMatcher(Matcher matcher) {
            this.matcher = matcher;
        }

        /** True when a match starts at {@code offset} of {@code lower}; then {@link #matcher} holds it. */
        boolean matchesAt(String lower, int offset) {
            if (text != lower) {
                matcher.reset(lower);
                text = lower;
                if (offset == 0) {
                    return matcher.lookingAt();
                }
            }
            return matcher.region(offset, lower.length()).lookingAt();
        }
    }

    /** {@code dispatched} matches exactly what {@code pattern} does, faster (see {@link FirstCharDispatch}). */
    private RulePattern(String source, Pattern pattern, Pattern dispatched, boolean wholeWords) {
        this.source = source;
        this.pattern = pattern;
        this.wholeWords = wholeWords;
        Pattern probe = ProbePattern.of(source, wholeWords);
        boolean asciiOnly = ProbePattern.consumesAsciiOnly(source);
        boolean exact = ProbePattern.exact(source);
        this.atTextStart = probe == null ? Prefixes.ANY
                : PrefixProbe.explore(probe, "", asciiOnly, exact);
        this.elsewhere = probe == null ? Prefixes.ANY
                : PrefixProbe.explore(probe, INSIDE_TEXT, asciiOnly, exact);
        this.matchers = ThreadLocal.withInitial(() -> new TargetedMatcher(
                dispatched.matcher("").useTransparentBounds(true).useAnchoringBounds(false)));
        // Read once for both: the literals a match needs and the automaton that rules offsets out.
        RegexTree.Node tree = readTree(source);
        this.literals = tree == null ? null : NecessaryLiterals.of(tree);
        RuleNfa nfa = tree == null ? null : new RuleNfa(tree);
        this.automata = nfa == null ? null : ThreadLocal.withInitial(() -> new RuleDfa(nfa, wholeWords));
    }

    private static RegexTree.Node readTree(String source) {
        try {
            return RegexTree.read(source);
        } catch (IllegalArgumentException unread) {
            return null;
        }
    }

    /** Throws IllegalArgumentException for bad syntax or a capital letter (it could never match lower-case text). */
    public static RulePattern compile(String source, boolean wholeWords) {
        if (ESCAPES.matcher(source).replaceAll("").chars().anyMatch(Character::isUpperCase)) {
            throw new IllegalArgumentException("pattern must be lower-case (text is lower-cased): " + source);
        }
        return new RulePattern(source, Pattern.compile(wrapped(source, wholeWords)),
                Pattern.compile(wrapped(FirstCharDispatch.of(source), wholeWords)), wholeWords);
    }

    private static String wrapped(String source, boolean wholeWords) {
        return wholeWords ? "(?<![\\p{L}\\p{N}])(?:" + source + ")(?![\\p{L}\\p{N}])" : source;
    }

    /**
     * The first match in the text's lower-cased form that starts at or after {@code from}, trying only the
     * offsets the candidates hold for {@code slot}; null when none matches.
     */
    Match find(SignalText text, int from, Candidates candidates, int slot) {
        String lower = text.lower();
        TargetedMatcher targeted = null;
        RuleDfa automaton = null;
        int end = candidates.end(slot);
        for (int k = candidates.first(slot); k < end; k++) {
            int offset = candidates.offset(k);
            if (offset < from) {
                continue;
            }
            if (candidates.knownLength(k) >= 0) {
                return new Match(offset, offset + candidates.knownLength(k));
            }
            if (automata != null) {
                automaton = automaton == null ? automata.get() : automaton;
                if (!automaton.mayMatchAt(text.lowerChars(), offset)) {
                    continue;
                }
            }
            if (targeted == null) {
                targeted = matchers.get();
            }
            if (targeted.matchesAt(lower, offset)) {
                // A lookingAt match starts at the region's start; matcher.start() may not say so, because a ^
                // tried at 0 inside a lookaround (as in (?<!^list )) leaves 0 there.
                return new Match(offset, targeted.matcher.end());
            }
        }
        return null;
    }

    /** Where a match starts and ends in the text. */
    record Match(int start, int end) {
    }

    /** True when a match starts at a word start; otherwise at any character. */
    boolean wholeWords() {
        return wholeWords;
    }

    /** What a match at offset 0 can begin with. */
    Prefixes atTextStart() {
        return atTextStart;
    }

    /** What a match at any later offset can begin with. */
    Prefixes elsewhere() {
        return elsewhere;
    }

    /** Literals every match contains, or null when none are known. */
    LiteralNeeds literals() {
        return literals;
    }

    /** The compiled regex as a plain scan would use it; {@link #find} must agree with it. */
    Pattern regex() {
        return pattern;
    }

    /** The pattern as the rule file wrote it, like {@link Pattern#pattern()}. */
    public String pattern() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
