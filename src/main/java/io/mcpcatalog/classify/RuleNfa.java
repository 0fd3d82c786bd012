package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule's {@link RegexTree} as a nondeterministic automaton (Thompson's construction). Immutable once built;
 * {@link RuleDfa} follows it lazily, one per thread. A character set is kept as the one-character regex that
 * defines it, so membership is exactly java.util.regex's.
 */
final class RuleNfa {

    static final int CHARS = 0;
    static final int SPLIT = 1;
    static final int TEXT_START = 2;
    static final int TEXT_END = 3;
    static final int MATCH = 4;

    private int size;
    private int[] kind = new int[256];
    /** The set of a CHARS state. */
    private int[] argument = new int[256];
    private int[] out = new int[256];
    private int[] alternative = new int[256];
    private final List<Pattern> sets = new ArrayList<>();
    private final Map<String, Integer> setIds = new HashMap<>();
    private final int entry;

    RuleNfa(RegexTree.Node tree) {
        this.entry = compile(tree, state(MATCH, 0, -1, -1));
    }

    private int compile(RegexTree.Node node, int next) {
        if (node instanceof RegexTree.Chars chars) {
            return state(CHARS, setId(chars.source()), next, -1);
        }
        if (node instanceof RegexTree.Anchor anchor) {
            return state(anchor.atStart() ? TEXT_START : TEXT_END, 0, next, -1);
        }
        if (node instanceof RegexTree.Sequence sequence) {
            int entry = next;
            for (int i = sequence.parts().size() - 1; i >= 0; i--) {
                entry = compile(sequence.parts().get(i), entry);
            }
            return entry;
        }
        if (node instanceof RegexTree.Either either) {
            List<RegexTree.Node> branches = either.branches();
            int entry = compile(branches.get(branches.size() - 1), next);
            for (int i = branches.size() - 2; i >= 0; i--) {
                entry = state(SPLIT, 0, compile(branches.get(i), next), entry);
            }
            return entry;
        }
        return repeat((RegexTree.Repeat) node, next);
    }

    /** x{min,max} as min copies of x, then max - min optional ones (or a loop when unbounded). */
    private int repeat(RegexTree.Repeat repeat, int next) {
        int entry;
        if (repeat.max() < 0) {
            entry = state(SPLIT, 0, -1, next);
            // Compiled first: compiling may grow the arrays, and out[entry] would then name the old one.
            int loop = compile(repeat.part(), entry);
            out[entry] = loop;
        } else {
            entry = next;
            for (int i = repeat.min(); i < repeat.max(); i++) {
                entry = state(SPLIT, 0, compile(repeat.part(), entry), next);
            }
        }
        for (int i = 0; i < repeat.min(); i++) {
            entry = compile(repeat.part(), entry);
        }
        return entry;
    }

    private int setId(String source) {
        return setIds.computeIfAbsent(source, key -> {
            sets.add(Pattern.compile(key));
            return sets.size() - 1;
        });
    }

    private int state(int stateKind, int stateArgument, int stateOut, int stateAlternative) {
        if (size == kind.length) {
            kind = Arrays.copyOf(kind, size * 2);
            argument = Arrays.copyOf(argument, size * 2);
            out = Arrays.copyOf(out, size * 2);
            alternative = Arrays.copyOf(alternative, size * 2);
        }
        kind[size] = stateKind;
        argument[size] = stateArgument;
        out[size] = stateOut;
        alternative[size] = stateAlternative;
        return size++;
    }

    int size() {
        return size;
    }

    int kind(int state) {
        return kind[state];
    }

    int argument(int state) {
        return argument[state];
    }

    int out(int state) {
        return out[state];
    }

    /** The second way on from a SPLIT state. */
    int alternative(int state) {
        return alternative[state];
    }

    int entry() {
        return entry;
    }

    int setCount() {
        return sets.size();
    }

    /** True when the code point belongs to the set, as java.util.regex decides. */
    boolean contains(int set, int codePoint) {
        return sets.get(set).matcher(Character.toString(codePoint)).matches();
    }
}
