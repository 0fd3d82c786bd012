package io.mcpcatalog.policy;

import io.mcpcatalog.extract.ToolParam;
import java.util.List;

/**
 * Confines a path argument: '..' segments are always denied; paths outside the operator's root folder are denied
 * when one is set, and the tool's page says the path is unconfined when none is.
 */
public record PathRootHandle(HandleScope scope, HandleTexts outside, HandleTexts traversal, String unconfined)
        implements PolicyHandle {

    @Override
    public HandleResult apply(ToolParam param, PolicySettings settings) {
        String path = PolicyHandle.path(param);
        DenyRule climbs = new DenyRule(
                List.of(new Condition(path, "regex", PathRoot.traversalRegex(), PathRoot.traversalWildcards(), "string")),
                PolicyHandle.fill(traversal.onDeny(), param), PolicyHandle.fill(traversal.explanation(), param));
        if (settings.pathRoot() == null) {
            return new HandleResult(List.of(climbs), List.of(PolicyHandle.fill(unconfined, param)));
        }
        PathRoot root = settings.pathRoot();
        DenyRule leaves = new DenyRule(
                List.of(new Condition(path, "regex", root.outsideRegex(), root.outsideWildcards(), "string")),
                fill(outside.onDeny(), param, root), fill(outside.explanation(), param, root));
        return HandleResult.deny(leaves, climbs);
    }

    private static String fill(String text, ToolParam param, PathRoot root) {
        return PolicyHandle.fill(text, param).replace("{root}", root.folder());
    }
}
