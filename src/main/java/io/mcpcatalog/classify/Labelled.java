package io.mcpcatalog.classify;

import java.util.function.Function;

/** A taxonomy value with the label TAXONOMY.md, rule files and the API spell it with ("Destructive", "shell"). */
public interface Labelled {

    String label();

    /**
     * A filter value as the taxonomy spells it (" Shell " read by Capability::fromLabel gives "shell"), or null when
     * it is null or blank; the parser's IllegalArgumentException, naming the valid values, passes through.
     */
    static String optional(String text, Function<String, ? extends Labelled> fromLabel) {
        return text == null || text.isBlank() ? null : fromLabel.apply(text.trim()).label();
    }
}
