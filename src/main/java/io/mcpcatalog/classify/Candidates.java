package io.mcpcatalog.classify;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The offsets of one text where each rule may match, ascending per rule; a rule is tried there and nowhere else.
 * Rules are numbered by slot, their position in the rule list the offsets were collected for. A text has few
 * candidates, so they are kept sorted by slot and searched, rather than indexed by every slot of the list.
 */
final class Candidates {

    /** No rule may match anywhere. */
    static final Candidates NONE = new Candidates(new int[0], new int[0], new int[0]);

    /** Per candidate, sorted by slot and then by offset: its rule's slot, its offset, the known match length. */
    private final int[] slots;
    private final int[] offsets;
    /** Per offset, the length of the match found there already, or -1 when the regex must run. */
    private final int[] lengths;

    private Candidates(int[] slots, int[] offsets, int[] lengths) {
        this.slots = slots;
        this.offsets = offsets;
        this.lengths = lengths;
    }

    /** The first candidate of the slot; with {@link #end}, the range of its candidates. */
    int first(int slot) {
        int low = 0;
        int high = slots.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (slots[middle] < slot) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    int end(int slot) {
        return first(slot + 1);
    }

    int offset(int k) {
        return offsets[k];
    }

    /** The length of the match known to start at offset k, or -1 when only the regex can tell. */
    int knownLength(int k) {
        return lengths[k];
    }

    /** Marks the slots that have a candidate here. */
    void addSlotsTo(BitSet out) {
        for (int slot : slots) {
            out.set(slot);
        }
    }

    /** Collects (slot, offset) pairs in any slot order, each slot's offsets ascending, until {@link #build}. */
    static final class Builder {

        private int[] slots;
        private int[] offsets;
        private int[] lengths;
        private int size;

        /** A candidate; {@code length} is that of a match known to start there, or -1. */
        void add(int slot, int offset, int length) {
            if (slots == null) {
                // A tool's texts yield about a hundred candidates before the literals rule most out.
                slots = new int[128];
                offsets = new int[128];
                lengths = new int[128];
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
         * Sorts the pairs by slot, dropping those of rules that the literals of {@code text} rule out, and empties
         * the builder for the next text.
         */
        Candidates build(LiteralIndex literals, SignalText text) {
            int size = this.size;
            this.size = 0;
            if (size == 0) {
                return NONE;
            }
            // A literal lies inside its match, so the text before the first offset to check holds none that counts.
            int checkFrom = Integer.MAX_VALUE;
            BitSet conditional = new BitSet();
            for (int k = 0; k < size; k++) {
                if (literals.conditional(slots[k])) {
                    checkFrom = Math.min(checkFrom, offsets[k]);
                    conditional.set(slots[k]);
                }
            }
            BitSet possible = conditional.isEmpty() ? conditional : literals.possible(text, checkFrom, conditional);
            // Slot in the high half, arrival in the low: sorting keeps each slot's offsets in the order they came.
            long[] keys = new long[size];
            int kept = 0;
            for (int k = 0; k < size; k++) {
                if (!conditional.get(slots[k]) || possible.get(slots[k])) {
                    keys[kept++] = (long) slots[k] << 32 | k;
                }
            }
            if (kept == 0) {
                return NONE;
            }
            Arrays.sort(keys, 0, kept);
            int[] sortedSlots = new int[kept];
            int[] sortedOffsets = new int[kept];
            int[] sortedLengths = new int[kept];
            for (int i = 0; i < kept; i++) {
                int k = (int) keys[i];
                sortedSlots[i] = slots[k];
                sortedOffsets[i] = offsets[k];
                sortedLengths[i] = lengths[k];
            }
            return new Candidates(sortedSlots, sortedOffsets, sortedLengths);
        }
    }
}
