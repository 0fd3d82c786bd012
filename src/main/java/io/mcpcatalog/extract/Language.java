package io.mcpcatalog.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterCSharp;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterRust;
import org.treesitter.TreeSitterTypescript;

/** The source languages the extractor parses, with their file extensions and tree-sitter grammars. */
public enum Language {
    TYPESCRIPT("typescript", List.of(".ts", ".mts", ".cts"), TreeSitterTypescript::new),
    JAVASCRIPT("javascript", List.of(".js", ".mjs", ".cjs", ".jsx"), TreeSitterJavascript::new),
    PYTHON("python", List.of(".py"), TreeSitterPython::new),
    GO("go", List.of(".go"), TreeSitterGo::new),
    RUST("rust", List.of(".rs"), TreeSitterRust::new),
    JAVA("java", List.of(".java"), TreeSitterJava::new),
    KOTLIN("kotlin", List.of(".kt", ".kts"), TreeSitterKotlin::new),
    CSHARP("csharp", List.of(".cs"), TreeSitterCSharp::new);

    private final String id;
    private final List<String> extensions;
    private final Supplier<TSLanguage> grammar;

    Language(String id, List<String> extensions, Supplier<TSLanguage> grammar) {
        this.id = id;
        this.extensions = extensions;
        this.grammar = grammar;
    }

    /** Lower-case name used in scan output and in resource folders (extract/queries/&lt;id&gt;/). */
    public String id() {
        return id;
    }

    public List<String> extensions() {
        return extensions;
    }

    TSLanguage grammar() {
        return grammar.get();
    }

    /** The language of a file by its name; TypeScript declaration files (.d.ts) are not sources. */
    public static Optional<Language> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".d.ts")) {
            return Optional.empty();
        }
        for (Language language : values()) {
            for (String extension : language.extensions) {
                if (name.endsWith(extension)) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }
}
