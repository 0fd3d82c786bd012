package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Python modules of a scanned tree by dotted name, and module-level name lookup that follows imports
 * (relative, absolute, aliased, re-exported through __init__.py, wildcard) into other files of the tree.
 * An absolute import matches any file whose path ends with the module's path (src/ layouts, monorepos);
 * among several, the one sharing the longest folder prefix with the importing file wins.
 */
final class PyModules {

    private static final int MAX_DEPTH = 12;
    private static final Map<SourceIndex, PyModules> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** Weak, so that the cache entry of a tree (keyed weakly by the tree) can go once the tree is gone. */
    private final java.lang.ref.WeakReference<SourceIndex> index;
    /** Module path ("src/pkg/mod", "src/pkg" for a package) to file path. */
    private final Map<String, String> files = new HashMap<>();
    /** Last segment of a module path to the module paths ending with it. */
    private final Map<String, List<String>> byLastSegment = new HashMap<>();

    /** Results computed once per scanned tree (e.g. which functions wrap a registration). */
    private final Map<String, Object> memo = new HashMap<>();

    private PyModules(SourceIndex index) {
        this.index = new java.lang.ref.WeakReference<>(index);
        for (String path : index.paths()) {
            if (!path.endsWith(".py")) {
                continue;
            }
            String module = modulePath(path);
            files.putIfAbsent(module, path);
            byLastSegment.computeIfAbsent(module.substring(module.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(module);
        }
    }

    static PyModules of(SourceIndex index) {
        return CACHE.computeIfAbsent(index, PyModules::new);
    }

    SourceIndex index() {
        SourceIndex tree = index.get();
        if (tree == null) {
            throw new IllegalStateException("the scanned tree is gone");
        }
        return tree;
    }

    /** The value cached under {@code key}, computed by {@code compute} the first time (not under a lock, may repeat). */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        synchronized (memo) {
            if (memo.containsKey(key)) {
                return (T) memo.get(key);
            }
        }
        T value = compute.get();
        synchronized (memo) {
            memo.putIfAbsent(key, value);
            return (T) memo.get(key);
        }
    }

    /** "src/pkg/mod.py" gives "src/pkg/mod"; "src/pkg/__init__.py" gives "src/pkg". */
    static String modulePath(String path) {
        String module = path.substring(0, path.length() - 3);
        if (module.equals("__init__")) {
            return "";
        }
        return module.endsWith("/__init__") ? module.substring(0, module.length() - "/__init__".length()) : module;
    }

    /** The module path an import names, seen from {@code from}; null when it cannot be placed. */
    String resolveModulePath(ParsedFile from, String dotted, int level) {
        String relative = dotted.replace('.', '/');
        if (level > 0) {
            String base = from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/')) : "";
            for (int i = 1; i < level; i++) {
                if (base.isEmpty()) {
                    return null;
                }
                base = base.contains("/") ? base.substring(0, base.lastIndexOf('/')) : "";
            }
            return relative.isEmpty() ? base : base.isEmpty() ? relative : base + "/" + relative;
        }
        if (relative.isEmpty()) {
            return null;
        }
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        String best = null;
        int bestScore = -1;
        for (String candidate : byLastSegment.getOrDefault(last, List.of())) {
            if (candidate.equals(relative) || candidate.endsWith("/" + relative)) {
                int score = commonPrefix(candidate, from.path());
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    Optional<ParsedFile> file(String modulePath) {
        String path = modulePath == null ? null : files.get(modulePath);
        if (path == null) {
            return Optional.empty();
        }
        try {
            return index().parsed(path);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A module-level name of {@code file}: its own definition, or what an import brings under that name. */
    Optional<PyDef> lookup(ParsedFile file, String name) {
        return lookup(file, name, 0);
    }

    private Optional<PyDef> lookup(ParsedFile file, String name, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        PyModule module = PyModule.of(file);
        if (module.definition(name) != null) {
            return Optional.of(PyDef.of(file, module.definition(name)));
        }
        PyModule.Import imported = module.imported(name);
        if (imported != null) {
            String target = resolveModulePath(file, imported.module(), imported.level());
            if (imported.name() == null) {
                return file(target).map(f -> PyDef.of(f, f.root()));
            }
            Optional<PyDef> found = file(target).flatMap(f -> lookup(f, imported.name(), depth + 1));
            return found.isPresent() ? found : submodule(target, imported.name());
        }
        for (PyModule.Import wildcard : module.wildcards()) {
            Optional<PyDef> found = file(resolveModulePath(file, wildcard.module(), wildcard.level()))
                    .flatMap(f -> lookup(f, name, depth + 1));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A name inside a module (a module-level name, or a submodule of a package). */
    Optional<PyDef> member(PyDef module, String name) {
        Optional<PyDef> found = lookup(module.file(), name, 1);
        return found.isPresent() ? found : submodule(modulePath(module.file().path()), name);
    }

    private Optional<PyDef> submodule(String packagePath, String name) {
        if (packagePath == null) {
            return Optional.empty();
        }
        return file(packagePath.isEmpty() ? name : packagePath + "/" + name).map(f -> PyDef.of(f, f.root()));
    }
}
