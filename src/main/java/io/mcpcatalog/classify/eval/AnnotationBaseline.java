package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolAnnotations;

/**
 * Baseline "annotations alone", read as the MCP spec defines the hints: readOnlyHint (default false) true means
 * Read; otherwise destructiveHint (default true, meaningful only when not read-only) true means Destructive and
 * false means Write. So a tool that declares nothing is Destructive, as the spec's defaults say. The hints cannot
 * express Execute or Financial, so this baseline never answers them.
 */
public final class AnnotationBaseline implements Judge {

    public static final String DEFINITION = "annotations: readOnlyHint=true -> Read; else destructiveHint=true -> "
            + "Destructive, destructiveHint=false -> Write; an absent hint takes the spec default (readOnlyHint=false, "
            + "destructiveHint=true), so a tool without annotations is Destructive";

    @Override
    public String name() {
        return "annotations";
    }

    @Override
    public Category judge(CorpusTool tool) {
        ToolAnnotations hints = tool.tool().annotations();
        boolean readOnly = hints != null && Boolean.TRUE.equals(hints.readOnlyHint());
        boolean destructive = hints == null || hints.destructiveHint() == null || hints.destructiveHint();
        if (readOnly) {
            return Category.READ;
        }
        return destructive ? Category.DESTRUCTIVE : Category.WRITE;
    }
}
