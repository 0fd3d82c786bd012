package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Java regex source into {@link RegexFacts}, for {@link NecessaryLiterals}. Assertions count as empty and
 * classes and escapes such as \\w as unknown text, so the facts hold for every match. Throws
 * IllegalArgumentException for what it does not read (quoting, inline flags) or malformed syntax.
 */
final class RegexFactsReader {

    /** Beyond this many strings a set of exact alternatives is only kept as a necessary set. */
    private static final int MAX_EXACT = 64;

    private final String source;
    private int at;

    private RegexFactsReader(String source) {
        this.source = source;
    }

    /** The facts of the whole source. */
    static RegexFacts read(String source) {
        RegexFactsReader reader = new RegexFactsReader(source);
        RegexFacts facts = reader.alternatives();
        if (reader.at != source.length()) {
            throw new IllegalArgumentException("unbalanced ')'");
        }
        return facts;
    }

    private RegexFacts alternatives() {
        List<RegexFacts> branches = new ArrayList<>(List.of(sequence()));
        while (at < source.length() && source.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return RegexFacts.anyOf(branches, MAX_EXACT);
    }

    private RegexFacts sequence() {
        RegexFacts.Sequence sequence = new RegexFacts.Sequence(MAX_EXACT);
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            sequence.append(quantified(atom()));
        }
        return sequence.facts();
    }

    private RegexFacts atom() {
        char c = source.charAt(at++);
        return switch (c) {
            case '(' -> group();
            case '[' -> {
                at = RegexSyntax.classEnd(source, at - 1) + 1;
                yield RegexFacts.ANY_CHAR;
            }
            case '.' -> RegexFacts.ANY_CHAR;
            case '^', '$' -> RegexFacts.EMPTY;
            case '\\' -> escape(source.charAt(at++));
            case '*', '+', '?', '{', ')' -> throw new IllegalArgumentException("unexpected " + c);
            default -> RegexFacts.exactly(String.valueOf(c));
        };
    }

    private RegexFacts group() {
        boolean assertion = false;
        if (source.startsWith("?:", at) || source.startsWith("?>", at)) {
            at += 2;
        } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
            at += 2;
            assertion = true;
        } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
            at += 3;
            assertion = true;
        } else if (source.startsWith("?<", at)) {
            at = skipPast('>');
        } else if (source.startsWith("?", at)) {
            throw new IllegalArgumentException("inline flags");
        }
        RegexFacts inner = alternatives();
        if (source.charAt(at++) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        return assertion ? RegexFacts.EMPTY : inner;
    }

    private RegexFacts escape(char c) {
        if ("bBAzZG".indexOf(c) >= 0) {
            return RegexFacts.EMPTY;
        }
        if (c == 'Q') {
            throw new IllegalArgumentException("quoting");
        }
        if (!Character.isLetterOrDigit(c)) {
            return RegexFacts.exactly(String.valueOf(c));
        }
        // Some character or text; what the escape spells is skipped (too much is harmless: it stays unknown).
        if ("pPxNk".indexOf(c) >= 0 && "{<".indexOf(source.charAt(at)) >= 0) {
            at = skipPast(source.charAt(at) == '{' ? '}' : '>');
        } else if (c == 'p' || c == 'P' || c == 'c') {
            at++;
        } else if (c == 'x' || c == 'u') {
            at += c == 'x' ? 2 : 4;
        } else if (Character.isDigit(c)) {
            while (at < source.length() && Character.isDigit(source.charAt(at))) {
                at++;
            }
        }
        return RegexFacts.ANY_CHAR;
    }

    private RegexFacts quantified(RegexFacts atom) {
        if (at == source.length()) {
            return atom;
        }
        int min;
        int max;
        char c = source.charAt(at);
        if (c == '?' || c == '*' || c == '+') {
            at++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{') {
            int open = at;
            at = skipPast('}');
            String[] bounds = source.substring(open + 1, at - 1).split(",", -1);
            min = Integer.parseInt(bounds[0].strip());
            boolean unbounded = bounds.length > 1 && bounds[1].isBlank();
            max = bounds.length == 1 ? min : unbounded ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
        } else {
            return atom;
        }
        if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
            at++;
        }
        return atom.repeated(min, max);
    }

    /** Moves past the next {@code end}; throws IllegalArgumentException when there is none. */
    private int skipPast(char end) {
        int found = source.indexOf(end, at);
        if (found < 0) {
            throw new IllegalArgumentException("missing " + end);
        }
        return found + 1;
    }
}
