package io.mcpcatalog.extract;

/**
 * The behaviour hints a tool's author declared. A null field means the hint was not declared;
 * the spec's defaults are applied by whoever interprets them, never stored here.
 */
public record ToolAnnotations(String title, Boolean readOnlyHint, Boolean destructiveHint,
                              Boolean idempotentHint, Boolean openWorldHint) {

    public boolean isEmpty() {
        return title == null && readOnlyHint == null && destructiveHint == null
                && idempotentHint == null && openWorldHint == null;
    }
}
