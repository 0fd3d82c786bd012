package io.mcpcatalog.policy;

import io.mcpcatalog.extract.ToolParam;
import java.util.List;

/** Denies a call when a regular expression is found in the argument (e.g. a destructive shell command). */
public record PatternHandle(HandleScope scope, String regex, Wildcards wildcards, String onDeny, String explanation)
        implements PolicyHandle {

    @Override
    public HandleResult apply(ToolParam param, PolicySettings settings) {
        Condition condition = new Condition(PolicyHandle.path(param), "regex", regex, wildcards, "string");
        return HandleResult.deny(new DenyRule(List.of(condition), PolicyHandle.fill(onDeny, param),
                PolicyHandle.fill(explanation, param)));
    }
}
