package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Reads a tool registration as written, else, when it is built from unknowns, once per call of the enclosing
 * helper (its parameters bound to the arguments), else once per class of the repository implementing the type
 * whose members it reads. Each reading is located where the tool is defined: the registration, the call site of
 * the helper, or the implementing class.
 */
final class Expansions {

    /** Where a tool is defined. */
    record At(ParsedFile file, TSNode node) {
    }

    /** Reads one tool with an evaluator (plain or with bindings), located at the given place. */
    @FunctionalInterface
    interface Reader {
        Optional<ExtractedTool> read(JvmEvaluator evaluator, At at);
    }

    private Expansions() {
    }

    static List<ExtractedTool> read(JvmEvaluator ev, TSNode registration, Reader reader) {
        Optional<ExtractedTool> direct = reader.read(ev, new At(ev.file(), registration));
        if (direct.isPresent()) {
            return List.of(direct.get());
        }
        List<ExtractedTool> tools = new ArrayList<>();
        for (CallSites.Site site : CallSites.of(ev, registration)) {
            reader.read(site.evaluator(), new At(ev.file(), site.call())).ifPresent(tools::add);
        }
        if (tools.isEmpty()) {
            for (Implementations.Expansion expansion : Implementations.of(ev, registration)) {
                At at = new At(expansion.type().file(), expansion.type().node());
                reader.read(expansion.evaluator(), at).ifPresent(tools::add);
            }
        }
        return tools;
    }
}
