package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ToolAnnotations;
import java.util.List;

/**
 * Tool annotations (behaviour hints) exactly as declared: from an annotation element such as
 * {@code @Tool.Annotations(readOnlyHint = true)}, a constructor ({@code new ToolAnnotations(title, true, ...)},
 * {@code ToolAnnotations(readOnlyHint = true)}) or a builder. Null when nothing is declared.
 */
final class Hints {

    private static final List<String> ORDER = List.of("title", "readOnlyHint", "destructiveHint", "idempotentHint",
            "openWorldHint");

    private Hints() {
    }

    static ToolAnnotations of(JvmValue value) {
        if (!(value instanceof JvmValue.Call call)) {
            return null;
        }
        Object[] found = new Object[ORDER.size()];
        for (int i = 0; i < ORDER.size(); i++) {
            String name = ORDER.get(i);
            JvmValue declared = call.named(name).orElse(null);
            if (declared == null && call.kind() == JvmValue.Call.Kind.CONSTRUCTOR && call.named().isEmpty()) {
                declared = call.arg(i).orElse(null);
            }
            if (declared != null) {
                found[i] = i == 0 ? JvmValue.fullText(declared).filter(t -> !t.isEmpty()).orElse(null)
                        : JvmValue.asBoolean(declared).orElse(null);
            }
        }
        ToolAnnotations annotations = new ToolAnnotations((String) found[0], (Boolean) found[1], (Boolean) found[2],
                (Boolean) found[3], (Boolean) found[4]);
        return annotations.isEmpty() ? null : annotations;
    }
}
