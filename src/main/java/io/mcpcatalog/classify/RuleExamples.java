package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolDefinition;

import java.util.List;

/** Small tools a rule must match and must not match; they document the rule and are checked by a test. */
public record RuleExamples(List<ToolDefinition> match, List<ToolDefinition> noMatch) {

    public RuleExamples {
        match = List.copyOf(match);
        noMatch = List.copyOf(noMatch);
    }
}
