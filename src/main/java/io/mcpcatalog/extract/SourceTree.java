package io.mcpcatalog.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text files of a scanned tree, held in memory: sources and the few other files extraction reads
 * (manifests, READMEs, JSON). Source files are parsed on first use; a file that cannot be parsed is absent.
 */
public final class SourceTree implements SourceIndex {

    private final Map<String, String> files;
    private final Map<String, Optional<ParsedFile>> parsed = new ConcurrentHashMap<>();

    private SourceTree(Map<String, String> files) {
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** A tree from file texts by relative '/'-separated path. */
    public static SourceTree of(Map<String, String> files) {
        return new SourceTree(files);
    }

    @Override
    public Optional<ParsedFile> parsed(String path) {
        String text = files.get(path);
        Optional<Language> language = Language.of(path);
        if (text == null || language.isEmpty()) {
            return Optional.empty();
        }
        return parsed.computeIfAbsent(path, p -> Optional.of(Parsers.parse(new SourceFile(p, language.get(), text))));
    }

    @Override
    public Collection<String> paths() {
        return files.keySet().stream().filter(path -> Language.of(path).isPresent()).toList();
    }

    @Override
    public boolean exists(String path) {
        return files.containsKey(path);
    }

    @Override
    public Optional<String> text(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Every file's path, sources and others, in order. */
    public Collection<String> allPaths() {
        return files.keySet();
    }
}
