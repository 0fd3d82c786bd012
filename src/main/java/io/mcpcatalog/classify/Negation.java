package io.mcpcatalog.classify;

import java.util.regex.Pattern;

/** Simple negation in prose: "does not modify", "without deleting", "non-destructive", "never removes". */
final class Negation {

    /** A negator followed by at most two more words, right before the match. */
    private static final Pattern NEGATOR_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:not|no|never|without|cannot|(?:can|won|doesn|don|isn)['\u2019]t|non|nor)"
                    + "[^\\p{L}\\p{N}]+(?:[\\p{L}\\p{N}']+[^\\p{L}\\p{N}]+){0,2}$");
    /** A negator does not reach across a sentence or clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?,\\n]");
    private static final int LOOK_BACK = 40;

    private Negation() {
    }

    /** True when the lower-case text right before {@code start}, in the same clause, negates what follows. */
    static boolean precedes(String text, int start) {
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        var clauseEnd = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (clauseEnd.find()) {
            clauseStart = clauseEnd.end();
        }
        return NEGATOR_BEFORE.matcher(before).region(clauseStart, before.length()).find();
    }
}
