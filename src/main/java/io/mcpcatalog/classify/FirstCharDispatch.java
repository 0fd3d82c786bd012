package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a regex so that a long ordered alternation tries only the alternatives that can start with the next
 * character. java.util.regex tries every alternative in turn, so "(?:creates?|updates?|...|stops?)" costs a
 * comparison per verb; here it becomes "c(?:reates?|...)|u(?:pdates?|...)|...", and so on down the characters.
 * Alternatives that must begin with a literal character exclude each other unless it is the same one, so grouping
 * them by it, each group in the original order, keeps the same alternative matching first, with the same match and
 * the same backtracking; the others stay in their places. Sources this does not read (quoting, flags, back
 * references, named groups) are returned as they are.
 */
final class FirstCharDispatch {

    /** Below this many alternatives, a Branch of groups would cost about what it saves. */
    private static final int MIN_ALTERNATIVES = 3;

    private final String source;
    private int at;

    private FirstCharDispatch(String source) {
        this.source = source;
    }

    /** The equivalent, faster source; {@code source} itself when there is nothing to gain or it cannot be read. */
    static String of(String source) {
        FirstCharDispatch reader = new FirstCharDispatch(source);
        try {
            String rewritten = reader.alternation();
            return reader.at == source.length() ? rewritten : source;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return source;
        }
    }

    private String alternation() {
        List<String> alternatives = new ArrayList<>(List.of(sequence()));
        while (at < source.length() && source.charAt(at) == '|') {
            at++;
            alternatives.add(sequence());
        }
        return String.join("|", dispatch(alternatives));
    }

    /** One alternative, copied with its groups' alternations rewritten (lookbehinds are copied as they are). */
    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            char c = source.charAt(at);
            if (c == '\\') {
                char escaped = source.charAt(at + 1);
                if (escaped == 'Q' || escaped == 'k' || escaped == 'c' || Character.isDigit(escaped)) {
                    throw new IllegalArgumentException("quoting, a back reference or a control character");
                }
                out.append(source, at, at + 2);
                at += 2;
            } else if (c == '[') {
                int end = RegexSyntax.classEnd(source, at);
                out.append(source, at, end + 1);
                at = end + 1;
            } else if (source.startsWith("(?<=", at) || source.startsWith("(?<!", at)) {
                int end = RegexSyntax.groupEnd(source, at);
                out.append(source, at, end + 1);
                at = end + 1;
            } else if (c == '(') {
                out.append(group());
            } else {
                out.append(c);
                at++;
            }
        }
        return out.toString();
    }

    private String group() {
        int opener = source.startsWith("(?:", at) || source.startsWith("(?=", at) || source.startsWith("(?!", at)
                || source.startsWith("(?>", at) ? 3 : source.startsWith("(?", at) ? -1 : 1;
        if (opener < 0) {
            throw new IllegalArgumentException("flags or a named group");
        }
        String open = source.substring(at, at + opener);
        at += opener;
        String inner = alternation();
        if (source.charAt(at++) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        return open + inner + ")";
    }

    /**
     * The alternatives, each run of those that start with a known character factored by that character. An
     * ordered alternation may be regrouped as "(?:a|b)|c", so the other alternatives stay where they are.
     */
    private static List<String> dispatch(List<String> alternatives) {
        List<String> out = new ArrayList<>(alternatives.size());
        List<String> run = new ArrayList<>();
        for (String alternative : alternatives) {
            if (firstChar(alternative) == null) {
                out.addAll(factored(run));
                run.clear();
                out.add(alternative);
            } else {
                run.add(alternative);
            }
        }
        out.addAll(factored(run));
        return out;
    }

    /** "creates?|copy|updates?" as "c(?:reates?|opy)|updates?", when some share a first character. */
    private static List<String> factored(List<String> run) {
        Set<Character> firsts = new LinkedHashSet<>();
        run.forEach(alternative -> firsts.add(firstChar(alternative)));
        if (run.size() < MIN_ALTERNATIVES || firsts.size() == run.size()) {
            return List.copyOf(run);
        }
        List<String> groups = new ArrayList<>(firsts.size());
        for (char first : firsts) {
            List<String> rests = new ArrayList<>();
            for (String alternative : run) {
                if (firstChar(alternative) == first) {
                    rests.add(alternative.substring(alternative.charAt(0) == '\\' ? 2 : 1));
                }
            }
            // A group holds a local of every match attempt: none where one alternative is left.
            List<String> inner = dispatch(rests);
            groups.add(String.format("\\x%02x", (int) first)
                    + (inner.size() == 1 ? inner.get(0) : "(?:" + String.join("|", inner) + ")"));
        }
        return groups;
    }

    /** The ASCII character every match of the alternative starts with, or null when that is not certain. */
    static Character firstChar(String alternative) {
        if (alternative.isEmpty()) {
            return null;
        }
        char c = alternative.charAt(0);
        int next = 1;
        if (c == '\\') {
            c = alternative.length() > 1 ? alternative.charAt(1) : 'x';
            if (Character.isLetterOrDigit(c)) {
                return null;
            }
            next = 2;
        } else if ("[(.^$*+?{".indexOf(c) >= 0) {
            return null;
        }
        boolean optional = next < alternative.length() && "?*+{".indexOf(alternative.charAt(next)) >= 0;
        return c >= 128 || optional ? null : c;
    }
}
