package io.mcpcatalog.extract;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/** Parses source files with tree-sitter. Parsers are not thread-safe, so each thread keeps its own. */
public final class Parsers {

    /** A pathological file must not stall a scan: tree-sitter gives up after this long. */
    private static final long PARSE_TIMEOUT_MICROS = 5_000_000;

    private static final ThreadLocal<Map<Language, TSParser>> PARSERS = ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    private Parsers() {
    }

    /** The parsed file, or an exception if tree-sitter could not produce a tree in time. */
    public static ParsedFile parse(SourceFile given) {
        // tree-sitter skips a byte order mark, which would shift every node's text by its three bytes.
        SourceFile file = given.text().startsWith("\uFEFF")
                ? new SourceFile(given.path(), given.language(), given.text().substring(1)) : given;
        TSParser parser = PARSERS.get().computeIfAbsent(file.language(), language -> {
            TSParser created = new TSParser();
            created.setLanguage(language.grammar());
            created.setTimeoutMicros(PARSE_TIMEOUT_MICROS);
            return created;
        });
        TSTree tree = parser.parseString(null, file.text());
        if (tree == null) {
            parser.reset();
            throw new IllegalStateException("tree-sitter gave up on " + file.path());
        }
        return new ParsedFile(file, tree, file.text().getBytes(StandardCharsets.UTF_8));
    }
}
