package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The characters of a {@link RuleNfa} grouped by the sets they belong to, and by whether they can go on a whole
 * word: two characters in the same class take the same transitions, so a {@link RuleDfa} keeps one per class
 * instead of one per character. ASCII is mapped once; any other code point when first seen, which may add a class.
 * Not thread-safe: one per RuleDfa.
 */
final class CharClasses {

    /** What the whole-word wrapping of a rule's regex reads after a match (see {@link RulePattern}). */
    private static final Pattern LETTER_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");

    private final RuleNfa nfa;
    private final int[] ascii = new int[128];
    private final Map<Integer, Integer> others = new HashMap<>();
    /** Per class, the sets its characters belong to and, after them, whether they are letters or numbers. */
    private final List<BitSet> members = new ArrayList<>();
    private final Map<BitSet, Integer> ids = new HashMap<>();

    CharClasses(RuleNfa nfa) {
        this.nfa = nfa;
        for (char c = 0; c < 128; c++) {
            ascii[c] = classOf(membership(c));
        }
    }

    /** The class of an ASCII character. */
    int ofAscii(char c) {
        return ascii[c];
    }

    /** The class of any code point (the regex reads a surrogate pair as one character). */
    int of(int codePoint) {
        if (codePoint < 128) {
            return ascii[codePoint];
        }
        return others.computeIfAbsent(codePoint, key -> classOf(membership(key)));
    }

    /** How many classes there are so far. */
    int count() {
        return members.size();
    }

    /** True when the characters of the class belong to the set. */
    boolean contains(int charClass, int set) {
        return members.get(charClass).get(set);
    }

    /** True when the characters of the class are letters or numbers, which go on a whole word. */
    boolean letterOrNumber(int charClass) {
        return members.get(charClass).get(nfa.setCount());
    }

    private BitSet membership(int codePoint) {
        BitSet sets = new BitSet(nfa.setCount() + 1);
        for (int set = 0; set < nfa.setCount(); set++) {
            if (nfa.contains(set, codePoint)) {
                sets.set(set);
            }
        }
        sets.set(nfa.setCount(), LETTER_OR_NUMBER.matcher(Character.toString(codePoint)).matches());
        return sets;
    }

    private int classOf(BitSet sets) {
        return ids.computeIfAbsent(sets, key -> {
            members.add(key);
            return members.size() - 1;
        });
    }
}
