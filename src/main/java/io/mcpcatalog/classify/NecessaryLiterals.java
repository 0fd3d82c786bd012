package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Literals of which every match of a regex contains at least one, read from the regex source: for
 * "(?:run|exec) (?:\w+ )?(?:command|script)" the set {command, script} (or {run , exec }). Assertions count as
 * empty and classes as any character, so the set holds for every match and a text containing none of them
 * cannot match. Constructs this does not read (back references, quoting, inline flags) give no set.
 */
final class NecessaryLiterals {

    /** Beyond this many strings a set of exact alternatives is only kept as a necessary set. */
    private static final int MAX_EXACT = 64;
    private static final int MAX_LENGTH = 20;

    private final String source;
    private int at;

    private NecessaryLiterals(String source) {
        this.source = source;
    }

    /** The necessary literals, each lower-case ASCII, or null when none can be named. */
    static Set<String> of(String source) {
        NecessaryLiterals parser = new NecessaryLiterals(source);
        try {
            RegexFacts facts = parser.alternatives();
            if (parser.at != source.length()) {
                return null;
            }
            return shortest(facts.necessary());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
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
            max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
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

    /**
     * Each literal cut to its longest ASCII run and to its first {@link #MAX_LENGTH} characters, then only those
     * that hold no other: all still occur in every match, and a smaller automaton reads a text faster.
     * Null if a literal has no ASCII.
     */
    private static Set<String> shortest(Set<String> literals) {
        if (literals == null) {
            return null;
        }
        List<String> cut = new ArrayList<>();
        for (String literal : literals) {
            String longest = "";
            for (String run : literal.split("[^\\x00-\\x7F]+")) {
                longest = run.length() > longest.length() ? run : longest;
            }
            if (longest.isEmpty()) {
                return null;
            }
            cut.add(longest.substring(0, Math.min(MAX_LENGTH, longest.length())));
        }
        cut.sort(Comparator.comparingInt(String::length));
        Set<String> kept = new LinkedHashSet<>();
        for (String literal : cut) {
            if (kept.stream().noneMatch(literal::contains)) {
                kept.add(literal);
            }
        }
        return kept;
    }
}
