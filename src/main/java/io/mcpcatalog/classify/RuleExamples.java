package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolDefinition;

import java.util.List;

/**
 * Small tools a rule must match and must not match, each on the server it is listed by (unknown unless the
 * example states one); they document the rule and are checked by a test.
 */
public record RuleExamples(List<Example> match, List<Example> noMatch) {

    public record Example(ToolDefinition tool, ServerContext server) {
    }

    public RuleExamples {
        match = List.copyOf(match);
        noMatch = List.copyOf(noMatch);
    }
}
