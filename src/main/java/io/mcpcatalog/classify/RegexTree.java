package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's Java regex read into the parts an automaton can follow: characters (as sets), sequences, alternations,
 * repetitions and the anchors ^ and $. Lookarounds and word boundaries are read as always true, and possessive or
 * reluctant quantifiers as greedy ones, so the tree matches at least wherever the regex does: what it says cannot
 * match cannot, what it says can is left to the regex. Throws IllegalArgumentException for what it cannot stand for
 * that way (back references, quoting, inline flags).
 */
final class RegexTree {

    sealed interface Node permits Chars, Sequence, Either, Repeat, Anchor {
    }

    /** One character of a set; {@code source} is the set as a regex of one character ("[^.]", "\\w", "a"). */
    record Chars(String source) implements Node {
    }

    record Sequence(List<Node> parts) implements Node {
    }

    record Either(List<Node> branches) implements Node {
    }

    /** {@code max} is -1 for no upper bound. */
    record Repeat(Node part, int min, int max) implements Node {
    }

    /** ^ when {@code atStart}, else $. */
    record Anchor(boolean atStart) implements Node {
    }

    private static final Node EMPTY = new Sequence(List.of());

    private final String source;
    private int at;

    private RegexTree(String source) {
        this.source = source;
    }

    static Node read(String source) {
        RegexTree reader = new RegexTree(source);
        Node tree = reader.alternatives();
        if (reader.at != source.length()) {
            throw new IllegalArgumentException("unbalanced ')' at " + reader.at);
        }
        return tree;
    }

    private Node alternatives() {
        List<Node> branches = new ArrayList<>(List.of(sequence()));
        while (at < source.length() && source.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : new Either(branches);
    }

    private Node sequence() {
        List<Node> parts = new ArrayList<>();
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            parts.add(quantified(atom()));
        }
        return parts.size() == 1 ? parts.get(0) : new Sequence(parts);
    }

    private Node atom() {
        int start = at;
        char c = source.charAt(at++);
        return switch (c) {
            case '(' -> group();
            case '[' -> {
                at = RegexSyntax.classEnd(source, start) + 1;
                yield new Chars(source.substring(start, at));
            }
            case '^' -> new Anchor(true);
            case '$' -> new Anchor(false);
            case '\\' -> escape(start);
            case '*', '+', '?', '{' -> throw new IllegalArgumentException("dangling quantifier at " + start);
            default -> new Chars(source.substring(start, at));
        };
    }

    private Node group() {
        boolean assertion = false;
        if (source.startsWith("?", at)) {
            if (source.startsWith("?:", at) || source.startsWith("?>", at)) {
                at += 2;
            } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                at += 2;
                assertion = true;
            } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                at += 3;
                assertion = true;
            } else if (source.startsWith("?<", at)) {
                at = source.indexOf('>', at) + 1;
            } else {
                throw new IllegalArgumentException("inline flags at " + at);
            }
        }
        Node inside = alternatives();
        if (at >= source.length() || source.charAt(at) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        at++;
        return assertion ? EMPTY : inside;
    }

    private Node escape(int start) {
        char c = source.charAt(at++);
        switch (c) {
            case 'b', 'B', 'G' -> {
                return EMPTY;
            }
            case 'A' -> {
                return new Anchor(true);
            }
            case 'z', 'Z' -> {
                return new Anchor(false);
            }
            case 'p', 'P', 'x' -> at = source.startsWith("{", at) ? source.indexOf('}', at) + 1 : at + (c == 'x' ? 2 : 1);
            case 'u' -> at += 4;
            case 'c' -> at++;
            case '0' -> {
                while (at < source.length() && at - start < 5 && source.charAt(at) >= '0' && source.charAt(at) <= '7') {
                    at++;
                }
            }
            default -> {
                if (Character.isLetterOrDigit(c) && "tnrfaewWdDsShHvV".indexOf(c) < 0) {
                    throw new IllegalArgumentException("unread escape \\" + c);
                }
            }
        }
        return new Chars(source.substring(start, at));
    }

    private Node quantified(Node atom) {
        while (at < source.length()) {
            char c = source.charAt(at);
            int min;
            int max;
            if (c == '*' || c == '+' || c == '?') {
                at++;
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : -1;
            } else if (c == '{') {
                int close = source.indexOf('}', at);
                String[] bounds = source.substring(at + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].trim());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].trim());
                at = close + 1;
            } else {
                return atom;
            }
            if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
                at++;
            }
            atom = new Repeat(atom, min, max);
        }
        return atom;
    }
}
