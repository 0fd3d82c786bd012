package io.mcpcatalog.classify;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The category rules that read what a tool is for: rules on the name, and description rules anchored on its leading
 * words (a pattern that is "^..." or "^...|^..." at the top level). Outweighed evidence from such a rule refuses a
 * Read verdict (see {@link Verdict}); a mention later in a description does not.
 */
final class PurposeRules implements Predicate<Rule> {

    private final Set<Rule> rules = Collections.newSetFromMap(new IdentityHashMap<>());

    PurposeRules(List<Rule> all) {
        for (Rule rule : all) {
            if (rule.isCategoryRule() && (rule.field() == Field.NAME
                    || rule.field() == Field.DESCRIPTION && anchoredAlternatives(rule.pattern().pattern()))) {
                rules.add(rule);
            }
        }
    }

    @Override
    public boolean test(Rule rule) {
        return rules.contains(rule);
    }

    /** True when ^ starts every top-level alternative and no flag changes what ^ means. */
    static boolean anchoredAlternatives(String source) {
        if (source.contains("(?m") || source.contains("(?-") || source.contains("(?i")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        boolean alternativeStart = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (alternativeStart && c != '^') {
                return false;
            }
            alternativeStart = false;
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternativeStart = true;
            }
        }
        return !alternativeStart;
    }
}
