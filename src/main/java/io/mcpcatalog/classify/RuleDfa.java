package io.mcpcatalog.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A rule's {@link RuleNfa} made deterministic as texts need it: each state a set of the automaton's states, built
 * when first reached and then looked up in one table. It tells in a few nanoseconds per character whether the
 * rule's regex can match from an offset, where a failed regex attempt costs microseconds; it may say yes where the
 * regex says no (lookarounds are read as true), never the other way round. Not thread-safe: one per thread.
 */
final class RuleDfa {

    /** Beyond this many states the cache starts again, so that no text can make it grow without end. */
    private static final int MAX_STATES = 10_000;
    private static final int DEAD = 0;
    private static final int UNKNOWN = 0;
    private static final int ACCEPTS = 1;

    private final boolean wholeWords;
    private final CharClasses classes;
    private final StateSets sets;
    private final Map<StateSets.Key, Integer> ids = new HashMap<>();
    private int[][] cores;
    /**
     * At state * width + class: UNKNOWN until built, then ACCEPTS when the rule matches before that character
     * (for whole words: it is not a letter or number), or else the next state plus one, shifted left by one.
     */
    private int[] next;
    private int width;
    /** Per state: 0 not known yet, 1 no match, 2 a match if the text ends there. */
    private byte[] atEnd;
    private boolean emptyTextMatches;
    private int count;
    private int textStart;
    private int elsewhere;

    RuleDfa(RuleNfa nfa, boolean wholeWords) {
        this.wholeWords = wholeWords;
        this.classes = new CharClasses(nfa);
        this.sets = new StateSets(nfa);
        reset();
    }

    /** False when no match of the rule can start at {@code offset} of the lower-cased text. */
    boolean mayMatchAt(char[] text, int offset) {
        if (count > MAX_STATES) {
            reset();
        }
        int state = offset == 0 ? textStart : elsewhere;
        for (int i = offset; ; i++) {
            if (i == text.length) {
                return i == 0 ? emptyTextMatches : matchesAtEnd(state);
            }
            int charClass;
            char c = text[i];
            if (c < 128) {
                charClass = classes.ofAscii(c);
                if ((c == '\n' || c == '\r') && lastLineBreak(text, i) && matchesAtEnd(state)) {
                    return true;
                }
            } else {
                if (lastLineBreak(text, i) && matchesAtEnd(state)) {
                    return true;
                }
                // The regex reads a surrogate pair as one character, and so does the automaton.
                int codePoint = Character.codePointAt(text, i);
                i += Character.charCount(codePoint) - 1;
                charClass = classes.of(codePoint);
            }
            int entry = charClass < width ? next[state * width + charClass] : UNKNOWN;
            if (entry == UNKNOWN) {
                entry = step(state, charClass);
            }
            if (entry == ACCEPTS) {
                return true;
            }
            state = (entry >>> 1) - 1;
            if (state == DEAD) {
                return false;
            }
        }
    }

    private int step(int state, int charClass) {
        boolean accepts = sets.matched(cores[state]) && !(wholeWords && classes.letterOrNumber(charClass));
        int entry = accepts ? ACCEPTS : state(sets.step(cores[state], charClass, classes)) + 1 << 1;
        if (charClass >= width) {
            widen(classes.count() + 4);
        }
        next[state * width + charClass] = entry;
        return entry;
    }

    private boolean matchesAtEnd(int state) {
        if (atEnd[state] == 0) {
            atEnd[state] = (byte) (sets.matchedAtEnd(cores[state], false) ? 2 : 1);
        }
        return atEnd[state] == 2;
    }

    private int state(StateSets.Key core) {
        Integer id = ids.get(core);
        if (id != null) {
            return id;
        }
        if (count == cores.length) {
            cores = Arrays.copyOf(cores, count * 2);
            atEnd = Arrays.copyOf(atEnd, count * 2);
            next = Arrays.copyOf(next, count * 2 * width);
        }
        cores[count] = core.states();
        ids.put(core, count);
        return count++;
    }

    /** Lays the table out again with room for {@code newWidth} classes per state. */
    private void widen(int newWidth) {
        int[] wider = new int[cores.length * newWidth];
        for (int state = 0; state < count; state++) {
            System.arraycopy(next, state * width, wider, state * newWidth, width);
        }
        next = wider;
        width = newWidth;
    }

    private void reset() {
        ids.clear();
        width = classes.count() + 4;
        cores = new int[16][];
        atEnd = new byte[16];
        next = new int[16 * width];
        count = 0;
        state(new StateSets.Key(new int[0]));
        textStart = state(sets.start(true));
        elsewhere = state(sets.start(false));
        emptyTextMatches = sets.matchedAtEnd(cores[textStart], true);
    }

    /** True at a line break that ends the text, where $ also passes. */
    private static boolean lastLineBreak(char[] text, int i) {
        char c = text[i];
        boolean lineBreak = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        return lineBreak && (i == text.length - 1 || i == text.length - 2 && c == '\r' && text[i + 1] == '\n');
    }
}
