package io.mcpcatalog.classify;

import java.util.Arrays;

/**
 * Sets of {@link RuleNfa} states as a {@link RuleDfa} state holds them: only the states that read a character,
 * wait for the text's end ($) or match, sorted, after following every empty move. ^ passes only at the start of
 * the text, $ only at its end. Not thread-safe: one per RuleDfa.
 */
final class StateSets {

    /** A set of states, usable as a map key. */
    record Key(int[] states) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(states, key.states);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(states);
        }
    }

    private final RuleNfa nfa;
    /** Per state, the closure that last reached it: each is visited once per closure. */
    private final int[] seen;
    private int closure;
    private int[] stack;
    private int[] found;

    StateSets(RuleNfa nfa) {
        this.nfa = nfa;
        this.seen = new int[nfa.size()];
        this.stack = new int[64];
        this.found = new int[64];
    }

    /** Where the rule begins, at the start of the text or elsewhere. */
    Key start(boolean atTextStart) {
        return close(new int[] {nfa.entry()}, 1, atTextStart, false);
    }

    /** The states reached from {@code core} by a character of the class. */
    Key step(int[] core, int charClass, CharClasses classes) {
        int[] seeds = new int[core.length];
        int count = 0;
        for (int state : core) {
            if (nfa.kind(state) == RuleNfa.CHARS && classes.contains(charClass, nfa.argument(state))) {
                seeds[count++] = nfa.out(state);
            }
        }
        return close(seeds, count, false, false);
    }

    /** True when the rule matches where {@code core} stands. */
    boolean matched(int[] core) {
        return Arrays.stream(core).anyMatch(state -> nfa.kind(state) == RuleNfa.MATCH);
    }

    /** True when the rule matches if the text ends where {@code core} stands: there already, or once $ passes. */
    boolean matchedAtEnd(int[] core, boolean atTextStart) {
        int[] seeds = Arrays.stream(core).filter(state -> nfa.kind(state) == RuleNfa.TEXT_END).map(nfa::out)
                .toArray();
        return matched(core) || matched(close(seeds, seeds.length, atTextStart, true).states());
    }

    private Key close(int[] seeds, int seedCount, boolean atTextStart, boolean atTextEnd) {
        closure++;
        int top = 0;
        int count = 0;
        for (int i = seedCount - 1; i >= 0; i--) {
            stack = push(stack, top++, seeds[i]);
        }
        while (top > 0) {
            int state = stack[--top];
            if (seen[state] == closure) {
                continue;
            }
            seen[state] = closure;
            switch (nfa.kind(state)) {
                case RuleNfa.SPLIT -> {
                    stack = push(stack, top++, nfa.alternative(state));
                    stack = push(stack, top++, nfa.out(state));
                }
                case RuleNfa.TEXT_START -> {
                    if (atTextStart) {
                        stack = push(stack, top++, nfa.out(state));
                    }
                }
                case RuleNfa.TEXT_END -> {
                    if (atTextEnd) {
                        stack = push(stack, top++, nfa.out(state));
                    } else {
                        found = push(found, count++, state);
                    }
                }
                default -> found = push(found, count++, state);
            }
        }
        int[] states = Arrays.copyOf(found, count);
        Arrays.sort(states);
        return new Key(states);
    }

    private static int[] push(int[] array, int index, int value) {
        int[] grown = index == array.length ? Arrays.copyOf(array, index * 2) : array;
        grown[index] = value;
        return grown;
    }
}
