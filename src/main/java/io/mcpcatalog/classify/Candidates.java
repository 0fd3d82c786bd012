package io.mcpcatalog.classify;

import java.util.Arrays;

/**
 * The offsets of one text where each rule may match, ascending per rule; a rule is tried there and nowhere else.
 * Rules are numbered by slot, their position in the rule list the offsets were collected for.
 */
final class Candidates {

    /** No rule may match anywhere. */
    static final Candidates NONE = new Candidates(new int[0], new int[0], new int[0]);

    /** Slot s has offsets[bounds[s] .. bounds[s + 1]); a slot past the end has none. */
    private final int[] bounds;
    private final int[] offsets;
    /** Per offset, the length of the match found there already, or -1 when the regex must run. */
    private final int[] lengths;

    private Candidates(int[] bounds, int[] offsets, int[] lengths) {
        this.bounds = bounds;
        this.offsets = offsets;
        this.lengths = lengths;
    }

    int first(int slot) {
        return slot + 1 < bounds.length ? bounds[slot] : 0;
    }

    int end(int slot) {
        return slot + 1 < bounds.length ? bounds[slot + 1] : 0;
    }

    int offset(int k) {
        return offsets[k];
    }

    /** The length of the match known to start at offset k, or -1 when only the regex can tell. */
    int knownLength(int k) {
        return lengths[k];
    }

    /** Collects (slot, offset) pairs in any slot order, each slot's offsets ascending. */
    static final class Builder {

        private int[] slots;
        private int[] offsets;
        private int[] lengths;
        private int size;

        /** A candidate; {@code length} is that of a match known to start there, or -1. */
        void add(int slot, int offset, int length) {
            if (slots == null) {
                slots = new int[8];
                offsets = new int[8];
                lengths = new int[8];
            } else if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                offsets = Arrays.copyOf(offsets, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            slots[size] = slot;
            offsets[size] = offset;
            lengths[size++] = length;
        }

        void addAll(int[] slots, int offset) {
            for (int slot : slots) {
                add(slot, offset, -1);
            }
        }

        /**
         * Groups the pairs by slot (a counting sort keeps each slot's offsets in order), dropping those of rules
         * that the literals of {@code text} rule out.
         */
        Candidates build(int slotCount, LiteralIndex literals, SignalText text) {
            // A literal lies inside its match, so the text before the first offset to check holds none that counts.
            int checkFrom = Integer.MAX_VALUE;
            for (int k = 0; k < size; k++) {
                checkFrom = literals.conditional(slots[k]) ? Math.min(checkFrom, offsets[k]) : checkFrom;
            }
            boolean[] possible = checkFrom == Integer.MAX_VALUE ? null : literals.possible(text, checkFrom);
            int kept = 0;
            for (int k = 0; k < size; k++) {
                if (possible == null || possible[slots[k]]) {
                    slots[kept] = slots[k];
                    lengths[kept] = lengths[k];
                    offsets[kept++] = offsets[k];
                }
            }
            size = kept;
            if (size == 0) {
                return NONE;
            }
            int[] bounds = new int[slotCount + 1];
            for (int k = 0; k < size; k++) {
                bounds[slots[k] + 1]++;
            }
            for (int s = 0; s < slotCount; s++) {
                bounds[s + 1] += bounds[s];
            }
            int[] next = Arrays.copyOf(bounds, slotCount);
            int[] groupedOffsets = new int[size];
            int[] groupedLengths = new int[size];
            for (int k = 0; k < size; k++) {
                int at = next[slots[k]]++;
                groupedOffsets[at] = offsets[k];
                groupedLengths[at] = lengths[k];
            }
            return new Candidates(bounds, groupedOffsets, groupedLengths);
        }
    }
}
