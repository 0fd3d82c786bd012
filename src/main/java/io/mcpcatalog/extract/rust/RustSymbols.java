package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.treesitter.TSNode;

/**
 * Finds the item (struct, enum, const, static, type alias) a name refers to: in the same file first, then in
 * the files of the same crate (the folder of the nearest Cargo.toml), then anywhere in the tree, preferring the
 * file the referring file's {@code use} declarations point at. Declarations are read once per parsed file.
 */
final class RustSymbols {

    /** An item and the file it is declared in. */
    record Item(ParsedFile file, TSNode node) {
    }

    static final Set<String> TYPES = Set.of("struct_item", "enum_item", "type_item");
    static final Set<String> VALUES = Set.of("const_item", "static_item");

    private static final Map<ParsedFile, Map<String, List<TSNode>>> DECLARATIONS =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** Lookups outside the referring file, per scanned tree: the same names are asked for again and again. */
    private static final Map<SourceIndex, Map<String, Optional<Item>>> ELSEWHERE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private RustSymbols() {
    }

    static Optional<Item> find(ParsedFile from, SourceIndex index, String name, Set<String> kinds) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<TSNode> local = pick(declarations(from).get(name), kinds);
        if (local.isPresent()) {
            return Optional.of(new Item(from, local.get()));
        }
        if (index == null) {
            return Optional.empty();
        }
        String key = from.path() + "|" + name + "|" + kinds;
        Map<String, Optional<Item>> cache = ELSEWHERE.computeIfAbsent(index, i -> new java.util.concurrent.ConcurrentHashMap<>());
        Optional<Item> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<Item> found = elsewhere(from, index, name, kinds);
        cache.put(key, found);
        return found;
    }

    private static Optional<Item> elsewhere(ParsedFile from, SourceIndex index, String name, Set<String> kinds) {
        String crate = crateRoot(from.path(), index);
        List<String> hints = useHints(from, name);
        Item best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String path : index.paths()) {
            if (!path.endsWith(".rs") || path.equals(from.path())) {
                continue;
            }
            Optional<String> text = index.text(path);
            if (text.isEmpty() || !text.get().contains(name) || !mayDeclare(text.get(), name, kinds)) {
                continue;
            }
            Optional<ParsedFile> parsed = safeParse(index, path);
            if (parsed.isEmpty()) {
                continue;
            }
            Optional<TSNode> node = pick(declarations(parsed.get()).get(name), kinds);
            if (node.isEmpty()) {
                continue;
            }
            int score = (path.startsWith(crate) ? 100 : 0) + hintScore(path, hints);
            if (score > bestScore) {
                best = new Item(parsed.get(), node.get());
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A cheap look at a file's text before parsing it: could it declare {@code name} as one of the kinds? */
    private static boolean mayDeclare(String text, String name, Set<String> kinds) {
        String keywords = String.join("|", kinds.stream().map(kind -> switch (kind) {
            case "struct_item" -> "struct";
            case "enum_item" -> "enum";
            case "type_item" -> "type";
            case "const_item" -> "const";
            case "static_item" -> "static";
            default -> kind;
        }).toList());
        return java.util.regex.Pattern.compile("\\b(" + keywords + ")\\s+(mut\\s+)?" + java.util.regex.Pattern.quote(name) + "\\b")
                .matcher(text).find();
    }

    private static Optional<ParsedFile> safeParse(SourceIndex index, String path) {
        try {
            return index.parsed(path);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<TSNode> pick(List<TSNode> nodes, Set<String> kinds) {
        if (nodes == null) {
            return Optional.empty();
        }
        return nodes.stream().filter(node -> kinds.contains(node.getType())).findFirst();
    }

    private static Map<String, List<TSNode>> declarations(ParsedFile file) {
        synchronized (DECLARATIONS) {
            Map<String, List<TSNode>> cached = DECLARATIONS.get(file);
            if (cached != null) {
                return cached;
            }
        }
        Map<String, List<TSNode>> byName = new HashMap<>();
        for (QueryMatch match : PatternQuery.of(Language.RUST, "rs-declarations").matches(file)) {
            Optional<TSNode> name = match.first("name");
            Optional<TSNode> item = match.first("item");
            if (name.isPresent() && item.isPresent()) {
                byName.computeIfAbsent(file.text(name.get()), key -> new ArrayList<>()).add(item.get());
            }
        }
        DECLARATIONS.put(file, byName);
        return byName;
    }

    /** The folder of the nearest Cargo.toml above the file ("" when none, i.e. the whole tree). */
    static String crateRoot(String path, SourceIndex index) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        while (true) {
            String manifest = folder.isEmpty() ? "Cargo.toml" : folder + "/Cargo.toml";
            if (index.exists(manifest)) {
                return folder.isEmpty() ? "" : folder + "/";
            }
            if (folder.isEmpty()) {
                return "";
            }
            folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
        }
    }

    /** Module names from the {@code use} declarations of {@code file} that mention {@code name}. */
    private static List<String> useHints(ParsedFile file, String name) {
        List<String> hints = new ArrayList<>();
        for (TSNode child : RustNodes.namedChildren(file.root())) {
            if (child.getType().equals("use_declaration")) {
                String text = file.text(child);
                if (text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*")) {
                    for (String part : text.split("[^A-Za-z0-9_]+")) {
                        if (!part.isEmpty() && !part.equals(name) && !Set.of("use", "crate", "self", "super", "pub", "as").contains(part)) {
                            hints.add(part);
                        }
                    }
                }
            }
        }
        return hints;
    }

    private static int hintScore(String path, List<String> hints) {
        Map<String, Boolean> segments = new LinkedHashMap<>();
        for (String segment : path.replaceAll("\\.rs$", "").split("/")) {
            segments.put(segment, true);
        }
        int score = 0;
        for (String hint : hints) {
            if (segments.containsKey(hint)) {
                score += 10;
            }
        }
        return score;
    }
}
