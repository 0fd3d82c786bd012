package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/** Finds what a name is bound to: declarations in enclosing blocks and functions, and top-level names of a file. */
final class Scopes {

    private static final Set<String> BLOCKS = Set.of("program", "statement_block", "switch_case", "switch_default",
            "class_body", "module", "internal_module");
    static final Set<String> NAMED_DECLARATIONS = Set.of("function_declaration", "generator_function_declaration",
            "class_declaration", "abstract_class_declaration", "enum_declaration");

    private final Resolver resolver;
    private final Map<String, Map<String, TSNode>> topLevel = new HashMap<>();
    private final Map<String, Optional<Ref>> topLevelValues = new HashMap<>();

    Scopes(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The expression {@code name} is bound to at {@code use}; empty for parameters and names of other packages. */
    Optional<Ref> lookup(Ref use, String name) {
        if (use.env().containsKey(name)) {
            return Optional.ofNullable(use.env().get(name));
        }
        for (TSNode scope = use.node().getParent(); Ts.present(scope); scope = scope.getParent()) {
            if (Ts.isFunction(scope) && declaresParameter(use.file(), scope, name)) {
                return Optional.empty();
            }
            if (Ts.is(scope, "for_in_statement") && Ts.field(scope, "left").map(l -> use.file().text(l).equals(name)).orElse(false)) {
                return Optional.empty();
            }
            if (Ts.is(scope, "program")) {
                return topLevelValue(use.file(), name);
            }
            if (BLOCKS.contains(scope.getType()) && !scope.getType().equals("class_body")) {
                TSNode statement = declarations(use.file(), scope).get(name);
                if (statement != null) {
                    Optional<Ref> found = declared(use.at(statement), name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** What a top-level name of a file is bound to (cached: top-level code sees no parameters). */
    Optional<Ref> topLevelValue(ParsedFile file, String name) {
        String key = file.path() + "#" + name;
        Optional<Ref> cached = topLevelValues.get(key);
        if (cached != null) {
            return cached;
        }
        topLevelValues.put(key, Optional.empty());
        TSNode statement = topLevel(file).get(name);
        Optional<Ref> found = statement == null ? Optional.empty() : declared(Ref.of(file, statement), name);
        topLevelValues.put(key, found);
        return found;
    }

    /** The top-level statement that declares each name of a file (declarations, exports and imports), built once. */
    Map<String, TSNode> topLevel(ParsedFile file) {
        return declarations(file, file.root());
    }

    /** The statement of a block that declares each name, built once per block. */
    private Map<String, TSNode> declarations(ParsedFile file, TSNode block) {
        return topLevel.computeIfAbsent(file.path() + "@" + block.getStartByte() + "-" + block.getEndByte(), p -> {
            Map<String, TSNode> names = new HashMap<>();
            for (TSNode statement : Ts.namedChildren(block)) {
                TSNode declaration = Ts.is(statement, "export_statement") ? Ts.field(statement, "declaration").orElse(null) : statement;
                for (String name : declaredNames(file, declaration)) {
                    names.putIfAbsent(name, statement);
                }
            }
            return names;
        });
    }

    private static List<String> declaredNames(ParsedFile file, TSNode node) {
        List<String> names = new ArrayList<>();
        if (!Ts.present(node)) {
            return names;
        }
        switch (node.getType()) {
            case "lexical_declaration", "variable_declaration" -> {
                for (TSNode declarator : Ts.namedChildren(node)) {
                    TSNode target = declarator.getChildByFieldName("name");
                    if (Ts.is(target, "identifier")) {
                        names.add(file.text(target));
                    } else if (Ts.is(target, "object_pattern", "array_pattern")) {
                        collectPatternNames(file, target, names);
                    }
                }
            }
            case "import_statement" -> {
                for (TSNode clause : Ts.namedChildren(node)) {
                    if (Ts.is(clause, "import_clause")) {
                        for (TSNode part : Ts.namedChildren(clause)) {
                            if (Ts.is(part, "identifier")) {
                                names.add(file.text(part));
                            } else if (Ts.is(part, "namespace_import")) {
                                Ts.namedChildren(part).forEach(n -> names.add(file.text(n)));
                            } else if (Ts.is(part, "named_imports")) {
                                for (TSNode specifier : Ts.namedChildren(part)) {
                                    Ts.field(specifier, "alias").or(() -> Ts.field(specifier, "name"))
                                            .ifPresent(n -> names.add(file.text(n)));
                                }
                            }
                        }
                    }
                }
            }
            default -> {
                if (NAMED_DECLARATIONS.contains(node.getType())) {
                    Ts.field(node, "name").ifPresent(n -> names.add(file.text(n)));
                }
            }
        }
        return names;
    }

    private static void collectPatternNames(ParsedFile file, TSNode pattern, List<String> names) {
        for (TSNode part : Ts.namedChildren(pattern)) {
            TSNode local = Ts.is(part, "pair_pattern") ? part.getChildByFieldName("value") : part;
            local = Ts.unwrapDefault(local);
            if (Ts.is(local, "identifier", "shorthand_property_identifier_pattern")) {
                names.add(file.text(local));
            } else if (Ts.is(local, "object_pattern", "array_pattern")) {
                collectPatternNames(file, local, names);
            }
        }
    }

    /** What statement {@code statement} binds to {@code name}, if it declares it. */
    Optional<Ref> declared(Ref statement, String name) {
        TSNode node = statement.node();
        ParsedFile file = statement.file();
        switch (node.getType()) {
            case "export_statement" -> {
                return Ts.field(node, "declaration").flatMap(d -> declared(statement.at(d), name));
            }
            case "lexical_declaration", "variable_declaration" -> {
                for (TSNode declarator : Ts.namedChildren(node)) {
                    if (!Ts.is(declarator, "variable_declarator")) {
                        continue;
                    }
                    TSNode target = declarator.getChildByFieldName("name");
                    Optional<TSNode> value = Ts.field(declarator, "value");
                    if (Ts.is(target, "identifier") && file.text(target).equals(name)) {
                        return value.map(statement::at);
                    }
                    if (Ts.is(target, "object_pattern") && value.isPresent()) {
                        Optional<String> key = patternKey(file, target, name);
                        if (key.isPresent()) {
                            return resolver.property(resolver.resolve(statement.at(value.get())), key.get());
                        }
                    }
                }
                return Optional.empty();
            }
            case "import_statement" -> {
                return resolver.exports().imported(statement, name);
            }
            default -> {
                if (NAMED_DECLARATIONS.contains(node.getType())
                        && Ts.field(node, "name").map(n -> file.text(n).equals(name)).orElse(false)) {
                    return Optional.of(statement);
                }
                return Optional.empty();
            }
        }
    }

    /** The property an object destructuring pattern reads into {@code name}. */
    private static Optional<String> patternKey(ParsedFile file, TSNode pattern, String name) {
        for (TSNode part : Ts.namedChildren(pattern)) {
            if (Ts.is(part, "shorthand_property_identifier_pattern") && file.text(part).equals(name)) {
                return Optional.of(name);
            }
            if (Ts.is(part, "pair_pattern")) {
                TSNode value = Ts.unwrapDefault(part.getChildByFieldName("value"));
                if (Ts.is(value, "identifier") && file.text(value).equals(name)) {
                    return Ts.keyName(part.getChildByFieldName("key"), file::text);
                }
            }
            if (Ts.is(part, "object_assignment_pattern")) {
                TSNode left = part.getChildByFieldName("left");
                if (Ts.present(left) && file.text(left).equals(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    static boolean declaresParameter(ParsedFile file, TSNode function, String name) {
        Optional<TSNode> single = Ts.field(function, "parameter");
        if (single.isPresent()) {
            return file.text(single.get()).equals(name);
        }
        for (TSNode parameter : Ts.namedChildren(function.getChildByFieldName("parameters"))) {
            TSNode pattern = Ts.field(parameter, "pattern").orElse(parameter);
            pattern = Ts.unwrapDefault(pattern);
            if (Ts.is(pattern, "identifier") && file.text(pattern).equals(name)) {
                return true;
            }
            if (Ts.is(pattern, "object_pattern", "array_pattern") && patternKey(file, pattern, name).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
