package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.treesitter.TSNode;

/**
 * Finds the member a name refers to (a constant or field, a property, an enum, a method, a type), optionally
 * inside a named type: in the same file first, then in the other C# files of the tree. Declarations are read
 * once per parsed file.
 */
final class CsSymbols {

    /** A declaration and the file it is in. */
    record Item(ParsedFile file, TSNode node) {
    }

    static final Set<String> VALUES = Set.of("field_declaration", "property_declaration");
    static final Set<String> ENUMS = Set.of("enum_declaration");
    static final Set<String> METHODS = Set.of("method_declaration", "local_function_statement");
    static final Set<String> TYPES = Set.of("class_declaration", "struct_declaration", "record_declaration",
            "interface_declaration", "enum_declaration");

    private static final Map<ParsedFile, Map<String, List<TSNode>>> DECLARATIONS =
            Collections.synchronizedMap(new WeakHashMap<>());
    /** Lookups outside the referring file, per scanned tree: the same names are asked for again and again. */
    private static final Map<SourceIndex, Map<String, Optional<Item>>> ELSEWHERE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private CsSymbols() {
    }

    /** The declaration of {@code name} (inside type {@code owner} when given) of one of the kinds. */
    static Optional<Item> find(ParsedFile from, SourceIndex index, String owner, String name, Set<String> kinds) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<TSNode> local = pick(from, declarations(from).get(name), owner, kinds);
        if (local.isPresent()) {
            return Optional.of(new Item(from, local.get()));
        }
        if (index == null) {
            return Optional.empty();
        }
        String key = from.path() + "|" + owner + "|" + name + "|" + kinds;
        Map<String, Optional<Item>> cache = ELSEWHERE.computeIfAbsent(index, i -> new java.util.concurrent.ConcurrentHashMap<>());
        Optional<Item> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<Item> found = elsewhere(from, index, owner, name, kinds);
        cache.put(key, found);
        return found;
    }

    private static Optional<Item> elsewhere(ParsedFile from, SourceIndex index, String owner, String name, Set<String> kinds) {
        for (String path : index.paths()) {
            if (!path.endsWith(".cs") || path.equals(from.path())) {
                continue;
            }
            Optional<String> text = index.text(path);
            if (text.isEmpty() || !text.get().contains(name) || (owner != null && !text.get().contains(owner))
                    || !mayDeclare(text.get(), name, kinds)) {
                continue;
            }
            Optional<ParsedFile> parsed = parsedOrEmpty(index, path);
            if (parsed.isPresent()) {
                Optional<TSNode> node = pick(parsed.get(), declarations(parsed.get()).get(name), owner, kinds);
                if (node.isPresent()) {
                    return Optional.of(new Item(parsed.get(), node.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** A cheap look at a file's text before parsing it: could it declare {@code name} as one of the kinds? */
    private static boolean mayDeclare(String text, String name, Set<String> kinds) {
        String quoted = java.util.regex.Pattern.quote(name);
        StringBuilder pattern = new StringBuilder();
        if (kinds.contains("field_declaration") || kinds.contains("property_declaration")) {
            pattern.append("|\\b").append(quoted).append("\\s*(=|\\{)");
        }
        if (kinds.contains("method_declaration")) {
            pattern.append("|\\b").append(quoted).append("\\s*[(<]");
        }
        if (kinds.stream().anyMatch(kind -> kind.endsWith("_declaration") && !kind.startsWith("field") && !kind.startsWith("property")
                && !kind.startsWith("method"))) {
            pattern.append("|\\b(class|struct|record|interface|enum)\\s+").append(quoted).append("\\b");
        }
        return pattern.length() > 0 && java.util.regex.Pattern.compile(pattern.substring(1)).matcher(text).find();
    }

    private static Optional<TSNode> pick(ParsedFile file, List<TSNode> nodes, String owner, Set<String> kinds) {
        if (nodes == null) {
            return Optional.empty();
        }
        return nodes.stream()
                .filter(node -> kinds.contains(node.getType()))
                .filter(node -> owner == null || owner.equals(ownerName(file, node)))
                .findFirst();
    }

    /** The name of the type a member is declared in. */
    static String ownerName(ParsedFile file, TSNode member) {
        TSNode type = CsNodes.ancestor(member, "class_declaration", "struct_declaration", "record_declaration",
                "interface_declaration");
        TSNode name = SyntaxNodes.field(type, "name");
        return name == null ? null : file.text(name);
    }

    private static Map<String, List<TSNode>> declarations(ParsedFile file) {
        Map<String, List<TSNode>> cached = DECLARATIONS.get(file);
        if (cached != null) {
            return cached;
        }
        Map<String, List<TSNode>> byName = new HashMap<>();
        for (QueryMatch match : PatternQuery.of(Language.CSHARP, "cs-declarations").matches(file)) {
            Optional<TSNode> name = match.first("name");
            Optional<TSNode> item = match.first("item");
            if (name.isPresent() && item.isPresent()) {
                byName.computeIfAbsent(file.text(name.get()), key -> new ArrayList<>()).add(item.get());
            }
        }
        DECLARATIONS.put(file, byName);
        return byName;
    }

    /** The initial value of a field or property declaration called {@code name}. */
    static TSNode valueOf(TSNode declaration, String name, ParsedFile file) {
        if (declaration.getType().equals("property_declaration")) {
            TSNode value = SyntaxNodes.field(declaration, "value");
            if (value != null && value.getType().equals("arrow_expression_clause")) {
                List<TSNode> named = CsNodes.namedChildren(value);
                return named.isEmpty() ? null : named.get(0);
            }
            return value;
        }
        for (TSNode variables : CsNodes.childrenOfType(declaration, "variable_declaration")) {
            for (TSNode declarator : CsNodes.childrenOfType(variables, "variable_declarator")) {
                TSNode declared = SyntaxNodes.field(declarator, "name");
                if (declared != null && file.text(declared).equals(name)) {
                    List<TSNode> named = CsNodes.namedChildren(declarator);
                    return named.size() >= 2 ? named.get(named.size() - 1) : null;
                }
            }
        }
        return null;
    }

    /** A file the parser gave up on is simply not a place to look. */
    private static Optional<ParsedFile> parsedOrEmpty(SourceIndex index, String path) {
        try {
            return index.parsed(path);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
