package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * What one scanned tree knows about its Go code: packages (folders) and their top-level declarations, each file's
 * imports mapped to folders of the tree through go.mod, and the local assignments of each function. Built lazily
 * and kept, weakly, per scanned tree so that the files of one package are indexed once.
 */
final class GoSession {

    private static final Map<SourceIndex, GoSession> SESSIONS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Pattern REQUIRED_FROM_TAGS = Pattern.compile("RequiredFromJSONSchemaTags\\s*:\\s*true");

    /** A top-level declaration: kind is const, var, func, method or type; value is the initialiser, if any. */
    record Decl(String kind, String name, ParsedFile file, TSNode node, TSNode value) {
    }

    private final WeakReference<SourceIndex> index;
    private volatile Map<String, List<String>> dirs;
    private final Map<String, Map<String, List<Decl>>> packages = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> imports = new ConcurrentHashMap<>();
    private final Map<String, Optional<String[]>> modules = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> importDirs = new ConcurrentHashMap<>();
    private final Map<String, GoLocals> locals = new ConcurrentHashMap<>();
    final Map<String, Boolean> templates = new ConcurrentHashMap<>();
    /** Per file and pattern: the nodes a pattern's query found in the whole file (computed once). */
    final Map<String, List<TSNode>> sites = new ConcurrentHashMap<>();
    /** The names of the tree's tool-building helpers, once known (see GoToolSites#helperNames). */
    volatile java.util.Set<String> helperNames;
    /** The helper names found so far while {@link #helperNames} is being worked out. */
    volatile java.util.Set<String> helperNamesSoFar;

    /** Whether the tree configures its jsonschema reflector with RequiredFromJSONSchemaTags (null: not known yet). */
    private volatile Boolean requiredFromTags;

    private GoSession(SourceIndex index) {
        this.index = new WeakReference<>(index);
    }

    static GoSession of(SourceIndex index) {
        return SESSIONS.computeIfAbsent(index, GoSession::new);
    }

    /**
     * True when some Go file of the tree sets {@code RequiredFromJSONSchemaTags: true} on an invopop jsonschema
     * reflector: then only a {@code jsonschema:"required"} tag makes a field required, not the absence of omitempty.
     */
    boolean requiredFromTags() {
        Boolean known = requiredFromTags;
        if (known == null) {
            known = index().paths().stream().filter(path -> path.endsWith(".go"))
                    .map(path -> index().text(path).orElse(""))
                    .anyMatch(text -> REQUIRED_FROM_TAGS.matcher(text).find());
            requiredFromTags = known;
        }
        return known;
    }

    SourceIndex index() {
        SourceIndex current = index.get();
        if (current == null) {
            throw new IllegalStateException("the scanned tree is gone");
        }
        return current;
    }

    static String dirOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String key(ParsedFile file, TSNode node) {
        return file.path() + "#" + node.getStartByte() + "-" + node.getEndByte();
    }

    private volatile GoReferences references;

    /** Identifier counts over the tree's Go code, computed once. */
    GoReferences references() {
        if (references == null) {
            synchronized (this) {
                if (references == null) {
                    references = new GoReferences(this);
                }
            }
        }
        return references;
    }

    /**
     * Whether a tool site sits in a function that nothing in the tree calls (dead code). Methods, main and init
     * are never taken as dead: they are called through interfaces or by the runtime.
     */
    boolean inDeadFunction(ParsedFile file, TSNode site) {
        TSNode function = enclosingFunction(file, site);
        while (function != null && function.getType().equals("func_literal")) {
            function = enclosingFunction(file, function);
        }
        if (function == null || !function.getType().equals("function_declaration")) {
            return false;
        }
        TSNode name = GoSyntax.field(function, "name");
        String text = name == null ? "main" : file.text(name);
        return !text.equals("main") && !text.equals("init") && references().count(text) <= 1;
    }

    /** Every Go source file of the tree (tests excepted). */
    List<String> goFiles() {
        packageFiles("");
        List<String> all = new ArrayList<>();
        dirs.values().forEach(all::addAll);
        java.util.Collections.sort(all);
        return all;
    }

    /** The Go files (tests excepted) of one folder. */
    List<String> packageFiles(String dir) {
        if (dirs == null) {
            Map<String, List<String>> byDir = new HashMap<>();
            for (String path : index().paths()) {
                if (path.endsWith(".go") && !path.endsWith("_test.go")) {
                    byDir.computeIfAbsent(dirOf(path), d -> new ArrayList<>()).add(path);
                }
            }
            dirs = byDir;
        }
        return dirs.getOrDefault(dir, List.of());
    }

    /** The top-level declarations named {@code name} in the package of folder {@code dir}. */
    List<Decl> decls(String dir, String name) {
        return packages.computeIfAbsent(dir, this::indexPackage).getOrDefault(name, List.of());
    }

    private Map<String, List<Decl>> indexPackage(String dir) {
        Map<String, List<Decl>> decls = new HashMap<>();
        for (String path : packageFiles(dir)) {
            Optional<ParsedFile> parsed = parse(path);
            if (parsed.isEmpty()) {
                continue;
            }
            ParsedFile file = parsed.get();
            for (TSNode top : GoSyntax.named(file.root())) {
                switch (top.getType()) {
                    case "const_declaration", "var_declaration" -> indexSpecs(file, top, decls);
                    case "function_declaration" -> add(decls, new Decl("func", nameOf(file, top), file, top, null));
                    case "method_declaration" -> add(decls, new Decl("method", "." + nameOf(file, top), file, top, null));
                    case "type_declaration" -> {
                        for (TSNode spec : GoSyntax.named(top)) {
                            TSNode name = GoSyntax.field(spec, "name");
                            if (name != null) {
                                add(decls, new Decl("type", file.text(name), file, spec, GoSyntax.field(spec, "type")));
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return decls;
    }

    private static void indexSpecs(ParsedFile file, TSNode declaration, Map<String, List<Decl>> decls) {
        String kind = declaration.getType().startsWith("const") ? "const" : "var";
        List<TSNode> specs = new ArrayList<>();
        for (TSNode child : GoSyntax.named(declaration)) {
            if (child.getType().endsWith("_spec")) {
                specs.add(child);
            } else if (child.getType().endsWith("_spec_list")) {
                specs.addAll(GoSyntax.named(child));
            }
        }
        for (TSNode spec : specs) {
            List<TSNode> names = GoSyntax.fieldAll(spec, "name");
            TSNode values = GoSyntax.field(spec, "value");
            List<TSNode> valueList = values == null ? List.of() : GoSyntax.named(values);
            for (int i = 0; i < names.size(); i++) {
                TSNode value = valueList.size() == names.size() ? valueList.get(i) : null;
                add(decls, new Decl(kind, file.text(names.get(i)), file, spec, value));
            }
        }
    }

    private static String nameOf(ParsedFile file, TSNode declaration) {
        TSNode name = GoSyntax.field(declaration, "name");
        return name == null ? "" : file.text(name);
    }

    private static void add(Map<String, List<Decl>> decls, Decl decl) {
        decls.computeIfAbsent(decl.name(), n -> new ArrayList<>()).add(decl);
    }

    Optional<ParsedFile> parse(String path) {
        try {
            return index().parsed(path);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A file's imports: the name each is used under, mapped to its import path. */
    Map<String, String> imports(ParsedFile file) {
        return imports.computeIfAbsent(file.path(), p -> readImports(file));
    }

    private Map<String, String> readImports(ParsedFile file) {
        Map<String, String> byName = new LinkedHashMap<>();
        List<TSNode> specs = new ArrayList<>();
        for (TSNode top : GoSyntax.named(file.root())) {
            if (top.getType().equals("import_declaration")) {
                specs.addAll(GoSyntax.descendants(top, java.util.Set.of("import_spec")));
            }
        }
        for (TSNode spec : specs) {
            String path = GoSyntax.stringLiteral(file, GoSyntax.field(spec, "path"));
            if (path == null) {
                continue;
            }
            TSNode alias = GoSyntax.field(spec, "name");
            String name = alias == null ? defaultName(path) : file.text(alias);
            if (!name.equals("_") && !name.equals(".")) {
                byName.put(name, path);
            }
        }
        return byName;
    }

    private String defaultName(String importPath) {
        String[] parts = importPath.split("/");
        String last = parts[parts.length - 1];
        if (last.matches("v\\d+") && parts.length > 1) {
            last = parts[parts.length - 2];
        }
        return last;
    }

    /** The folder of the tree an import name of a file refers to, or null when it is not in the tree. */
    String importDir(ParsedFile file, String name) {
        String importPath = imports(file).get(name);
        if (importPath == null) {
            return null;
        }
        String fileDir = dirOf(file.path());
        return importDirs.computeIfAbsent(fileDir + "\u0000" + importPath, k -> Optional.ofNullable(findDir(fileDir, importPath)))
                .orElse(null);
    }

    private String findDir(String fileDir, String importPath) {
        Optional<String[]> module = module(fileDir);
        if (module.isPresent()) {
            String modDir = module.get()[0];
            String modPath = module.get()[1];
            if (importPath.equals(modPath) || importPath.startsWith(modPath + "/")) {
                String rest = importPath.substring(modPath.length());
                String dir = (modDir + rest).replaceAll("^/", "");
                return packageFiles(dir).isEmpty() ? null : dir;
            }
        }
        String[] parts = importPath.split("/");
        for (int from = 1; from <= parts.length - 2; from++) {
            String suffix = String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
            packageFiles("");
            for (String dir : dirs.keySet()) {
                if (dir.equals(suffix) || dir.endsWith("/" + suffix)) {
                    return dir;
                }
            }
        }
        return null;
    }

    /** The nearest go.mod at or above a folder: its folder and module path. */
    private Optional<String[]> module(String dir) {
        Optional<String[]> known = modules.get(dir);
        if (known != null) {
            return known;
        }
        Optional<String[]> found = Optional.empty();
        for (String d = dir; ; d = dirOf(d)) {
            Optional<String> text = index().text(d.isEmpty() ? "go.mod" : d + "/go.mod");
            if (text.isPresent()) {
                String modDir = d;
                found = modulePath(text.get()).map(path -> new String[] {modDir, path});
                break;
            }
            if (d.isEmpty()) {
                break;
            }
        }
        modules.put(dir, found);
        return found;
    }

    private static Optional<String> modulePath(String goMod) {
        for (String line : goMod.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("module ")) {
                return Optional.of(trimmed.substring(7).trim().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** The functions of a file with their byte ranges, to find the function around a node without walking up. */
    private record Functions(List<TSNode> nodes, int[] starts, int[] ends) {
    }

    private final Map<String, Functions> functions = new ConcurrentHashMap<>();

    /** The innermost function, method or function literal strictly around a node, or null. */
    TSNode enclosingFunction(ParsedFile file, TSNode node) {
        Functions all = functions.computeIfAbsent(file.path(), p -> {
            List<TSNode> nodes = GoSyntax.descendants(file.root(), GoSyntax.FUNCTIONS);
            int[] starts = new int[nodes.size()];
            int[] ends = new int[nodes.size()];
            for (int i = 0; i < nodes.size(); i++) {
                starts[i] = nodes.get(i).getStartByte();
                ends[i] = nodes.get(i).getEndByte();
            }
            return new Functions(nodes, starts, ends);
        });
        int start = node.getStartByte();
        int end = node.getEndByte();
        int best = -1;
        for (int i = 0; i < all.starts.length; i++) {
            boolean around = all.starts[i] <= start && end <= all.ends[i]
                    && !(all.starts[i] == start && all.ends[i] == end && GoSyntax.FUNCTIONS.contains(node.getType()));
            if (around && (best < 0 || all.starts[i] >= all.starts[best] && all.ends[i] <= all.ends[best])) {
                best = i;
            }
        }
        return best < 0 ? null : all.nodes.get(best);
    }

    GoLocals locals(ParsedFile file, TSNode function) {
        return locals.computeIfAbsent(key(file, function), k -> GoLocals.of(file, function));
    }
}
