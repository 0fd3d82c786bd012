package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.SourceIndex;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The text of a string variable that a {@code //go:embed file.md} directive fills from a file of the tree at build
 * time, as many servers keep their tool descriptions in Markdown files. One plain path only: a glob or several
 * files fill an embed.FS, not a string.
 */
final class GoEmbeds {

    private static final Pattern DIRECTIVE = Pattern.compile("^//go:embed\\s+([\\w./-]+)\\s*$");

    private GoEmbeds() {
    }

    /** The embedded file's text for a var declared without a value, if a directive names one file of the tree. */
    static Optional<String> text(SourceIndex index, GoSession.Decl decl) {
        if (!decl.kind().equals("var") || decl.value() != null) {
            return Optional.empty();
        }
        TSNode comment = directiveBefore(decl.node());
        if (comment == null) {
            return Optional.empty();
        }
        Matcher directive = DIRECTIVE.matcher(decl.file().text(comment).strip());
        if (!directive.matches()) {
            return Optional.empty();
        }
        String path = SourceIndex.resolve(decl.file().path(), directive.group(1));
        return path == null ? Optional.empty() : index.text(path);
    }

    /** The comment right before the spec, or before the declaration holding it when the spec is its first. */
    private static TSNode directiveBefore(TSNode spec) {
        for (TSNode node = spec; node != null; node = GoSyntax.parent(node)) {
            TSNode before = GoSyntax.previousNamedSibling(node);
            if (before != null) {
                return before.getType().equals("comment") ? before : null;
            }
            if (node.getType().equals("var_declaration")) {
                return null;
            }
        }
        return null;
    }
}
