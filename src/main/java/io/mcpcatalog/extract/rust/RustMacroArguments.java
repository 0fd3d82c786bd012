package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.Parsers;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.treesitter.TSNode;

/**
 * tree-sitter leaves the arguments of a macro call as raw tokens, so {@code vec![Tool::new(..), Tool { .. }]}
 * holds no expressions. This view of a file blanks the {@code name!} of such calls (when their tokens mention
 * {@code Tool}), turning {@code vec![a, b]} into the array {@code [a, b]}, and parses it again. Offsets and
 * lines are unchanged, so what is found there is reported where it is written.
 */
final class RustMacroArguments {

    private static final int MAX_PASSES = 3;
    private static final Map<ParsedFile, ParsedFile> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private RustMacroArguments() {
    }

    private static final String WORD = "Tool";

    static ParsedFile expanded(ParsedFile file) {
        String word = WORD;
        if (!file.source().text().contains(word)) {
            return file;
        }
        ParsedFile cached = CACHE.get(file);
        if (cached != null) {
            return cached;
        }
        ParsedFile current = file;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            byte[] bytes = current.source().text().getBytes(StandardCharsets.UTF_8);
            boolean changed = false;
            for (QueryMatch match : PatternQuery.of(Language.RUST, "rs-macro-calls").matches(current)) {
                TSNode call = match.first("call").orElseThrow();
                TSNode arguments = match.first("arguments").orElseThrow();
                String delimiter = current.text(arguments).substring(0, 1);
                if ((delimiter.equals("[") || delimiter.equals("(")) && current.text(arguments).contains(word)) {
                    for (int i = call.getStartByte(); i < arguments.getStartByte(); i++) {
                        if (bytes[i] != '\n') {
                            bytes[i] = ' ';
                        }
                    }
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            try {
                current = Parsers.parse(new SourceFile(file.path(), file.language(), text));
            } catch (RuntimeException e) {
                break;
            }
        }
        CACHE.put(file, current);
        return current;
    }
}
