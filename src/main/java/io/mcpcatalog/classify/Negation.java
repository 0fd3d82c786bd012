package io.mcpcatalog.classify;

/**
 * Simple negation in prose: "does not modify", "without deleting", "non-destructive", "never removes". A negator
 * followed by at most two more words, right before the match, in the same clause, or by up to five when the last is
 * "or" or "nor" ("never summarize failure lists or truncate"). Read with a direct scan rather than a regex because it
 * runs on every description hit; without the coordination it agrees with the regex
 * {@code (?<![\p{L}\p{N}])(?:not|no|never|without|cannot|(?:can|won|doesn|don|isn)['’]t|non|nor)}
 * {@code [^\p{L}\p{N}]+(?:[\p{L}\p{N}']+[^\p{L}\p{N}]+){0,2}$} searched in the clause, code point by code point.
 */
final class Negation {

    private static final String[] NEGATORS = {"not", "no", "never", "without", "cannot", "can't", "can\u2019t",
        "won't", "won\u2019t", "doesn't", "doesn\u2019t", "don't", "don\u2019t", "isn't", "isn\u2019t", "non", "nor"};
    /** A negator does not reach across a sentence or clause. */
    private static final String CLAUSE_ENDS = ".;:!?,\n";
    private static final int LOOK_BACK = 40;
    /** Marks of an item a tool is not for: multiplication sign, ballot X, heavy ballot X, cross mark, no entry. */
    private static final String CROSSES = "\u00d7\u2717\u2718\u274c\u26d4\ud83d\udeab";
    private static final int MAX_WORDS_BETWEEN = 2;
    /** How many words may part a negator from a match when the last of them is "or" or "nor". */
    private static final int MAX_WORDS_COORDINATED = 5;
    /** Words that open a line listing what the tool refuses, and how far after them the colon may come. */
    private static final String[] REFUSALS = {"prohibited", "forbidden", "disallowed", "not allowed", "not supported",
        "blocked", "rejected", "refused", "denied"};
    private static final int REFUSAL_LABEL = 30;

    private Negation() {
    }

    /**
     * True when the line holding {@code start} is an item marked with a cross ("× Restarting services"): a list of
     * what the tool is not for.
     */
    static boolean crossedOut(char[] text, int start) {
        int at = lineContent(text, start, " \t-*");
        return at < start && CROSSES.indexOf(Character.codePointAt(text, at)) >= 0;
    }

    /**
     * True when the lower-case line holding {@code start} opens with a refusal and a colon ("- Prohibited operations:
     * INSERT, UPDATE, DELETE", "Blocked: rm, shutdown"): what follows on that line is what the tool refuses to do.
     */
    static boolean refused(char[] text, int start) {
        int at = lineContent(text, start, " \t-*#>");
        for (String refusal : REFUSALS) {
            if (at + refusal.length() <= start && startsWith(text, at, refusal)) {
                for (int i = at + refusal.length(); i < start && i <= at + refusal.length() + REFUSAL_LABEL; i++) {
                    if (text[i] == ':') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where the line holding {@code start} begins once the indent and list marks in {@code marks} are skipped. */
    private static int lineContent(char[] text, int start, String marks) {
        int at = start;
        while (at > 0 && text[at - 1] != '\n') {
            at--;
        }
        while (at < start && marks.indexOf(text[at]) >= 0) {
            at++;
        }
        return at;
    }

    /** True when the lower-case text right before {@code start}, in the same clause, negates what follows. */
    static boolean precedes(char[] text, int start) {
        int clauseStart = Math.max(0, start - LOOK_BACK);
        for (int i = start - 1; i >= clauseStart; i--) {
            if (CLAUSE_ENDS.indexOf(text[i]) >= 0) {
                clauseStart = i + 1;
                break;
            }
        }
        for (int at = clauseStart; at < start; at++) {
            // Nothing before the clause is seen, as a regex confined to it sees nothing before its region.
            if (at > clauseStart && isWordChar(text[at - 1])) {
                continue;
            }
            for (String negator : NEGATORS) {
                int end = at + negator.length();
                if (end <= start && startsWith(text, at, negator) && wordsThenEnd(text, end, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when text[from, to) is separators, then at most two words each followed by separators. A word may hold
     * an apostrophe, which is also a separator, so what counts is the runs of letters, digits and apostrophes that
     * hold a letter or digit: between separators that are not apostrophes.
     */
    private static boolean wordsThenEnd(char[] text, int from, int to) {
        if (from == to || isWordChar(Character.codePointAt(text, from, to))
                || isWordChar(Character.codePointBefore(text, to, from))) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        int lastWordStart = from;
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(text, i, to);
            if (isWordChar(c) && !inWord) {
                inWord = true;
                words++;
                lastWordStart = i;
            } else if (!isWordChar(c) && c != '\'') {
                inWord = false;
            }
            i += Character.charCount(c);
        }
        // "never summarize failure lists or truncate": a verb joined by "or" to a negated one is negated too.
        return words <= MAX_WORDS_BETWEEN
                || words <= MAX_WORDS_COORDINATED && (startsWith(text, lastWordStart, "or ")
                || startsWith(text, lastWordStart, "nor "));
    }

    private static boolean startsWith(char[] text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A letter or a number (\p{L} or \p{N}): a code point, or a lone surrogate, which is neither. */
    private static boolean isWordChar(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
