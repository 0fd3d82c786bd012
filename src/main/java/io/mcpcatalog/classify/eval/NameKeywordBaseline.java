package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;

import java.util.Locale;
import java.util.Set;

/**
 * Baseline "keyword list on the name": the tool name's words (camelCase, snake_case, kebab-case split) are looked
 * up in one short list per category; when several match, the most severe wins (TAXONOMY precedence); no match
 * means Read. This is what a careful person could write in five minutes, the floor the rules must clear.
 */
public final class NameKeywordBaseline implements Judge {

    public static final String DEFINITION = "name keywords: pay/charge/refund/transfer -> Financial; "
            + "delete/remove/drop -> Destructive; exec/run/execute -> Execute; write/create/update/set/send -> Write; "
            + "else Read (whole words of the name; the most severe match wins)";

    private static final Set<String> FINANCIAL = Set.of("pay", "charge", "refund", "transfer");
    private static final Set<String> DESTRUCTIVE = Set.of("delete", "remove", "drop");
    private static final Set<String> EXECUTE = Set.of("exec", "run", "execute");
    private static final Set<String> WRITE = Set.of("write", "create", "update", "set", "send");

    @Override
    public String name() {
        return "name-keywords";
    }

    @Override
    public Category judge(CorpusTool tool) {
        return judgeName(tool.tool().name());
    }

    static Category judgeName(String name) {
        Category verdict = Category.READ;
        for (String word : words(name)) {
            Category category = FINANCIAL.contains(word) ? Category.FINANCIAL
                    : DESTRUCTIVE.contains(word) ? Category.DESTRUCTIVE
                    : EXECUTE.contains(word) ? Category.EXECUTE
                    : WRITE.contains(word) ? Category.WRITE : Category.READ;
            if (category.compareTo(verdict) > 0) {
                verdict = category;
            }
        }
        return verdict;
    }

    /** "createRefund_v2" gives create, refund, v2: a lower-case letter followed by a capital starts a word. */
    static String[] words(String name) {
        String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").replaceAll("[^A-Za-z0-9]+", " ");
        return spaced.strip().toLowerCase(Locale.ROOT).split(" ");
    }
}
