package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Follows imports to the files of the repository: named, default and namespace imports, re-exports
 * (`export { X } from`, `export * from`), `export default`, and CommonJS `module.exports` / `exports.X`.
 */
final class Exports {

    private final Resolver resolver;
    private final Map<String, Optional<Ref>> exports = new HashMap<>();

    Exports(Resolver resolver) {
        this.resolver = resolver;
    }

    private Scopes scopes() {
        return resolver.scopes();
    }

    /** What an import statement binds to {@code name}: an export of the imported file, or the file itself (namespace). */
    Optional<Ref> imported(Ref statement, String name) {
        TSNode node = statement.node();
        ParsedFile file = statement.file();
        Optional<TSNode> source = Ts.field(node, "source");
        if (source.isEmpty()) {
            return Optional.empty();
        }
        for (TSNode clause : Ts.namedChildren(node)) {
            if (!Ts.is(clause, "import_clause")) {
                continue;
            }
            for (TSNode part : Ts.namedChildren(clause)) {
                String imported = null;
                boolean namespace = false;
                if (Ts.is(part, "identifier") && file.text(part).equals(name)) {
                    imported = "default";
                } else if (Ts.is(part, "namespace_import")) {
                    namespace = Ts.namedChildren(part).stream().anyMatch(n -> file.text(n).equals(name));
                } else if (Ts.is(part, "named_imports")) {
                    for (TSNode specifier : Ts.namedChildren(part)) {
                        TSNode local = Ts.field(specifier, "alias").orElse(specifier.getChildByFieldName("name"));
                        if (Ts.present(local) && file.text(local).equals(name)) {
                            imported = Ts.keyName(specifier.getChildByFieldName("name"), file::text).orElse(name);
                        }
                    }
                }
                if (imported == null && !namespace) {
                    continue;
                }
                Optional<ParsedFile> target = resolver.modules().resolve(file.path(), Strings.literal(source.get(), file::text));
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                return namespace ? Optional.of(Ref.of(target.get(), target.get().root()))
                        : exported(target.get(), imported);
            }
        }
        return Optional.empty();
    }

    /** The value module {@code file} exports as {@code name} ("default" for its default export). */
    Optional<Ref> exported(ParsedFile file, String name) {
        String key = file.path() + "#" + name;
        Optional<Ref> cached = exports.get(key);
        if (cached != null) {
            return cached;
        }
        if (!resolver.enter()) {
            return Optional.empty();
        }
        try {
            exports.put(key, Optional.empty());
            Optional<Ref> found = exported0(file, name);
            exports.put(key, found);
            return found;
        } finally {
            resolver.exit();
        }
    }

    private Optional<Ref> exported0(ParsedFile file, String name) {
        TSNode direct = scopes().topLevel(file).get(name);
        if (!name.equals("default") && Ts.is(direct, "export_statement") && Ts.field(direct, "declaration").isPresent()) {
            return scopes().declared(Ref.of(file, direct), name);
        }
        List<TSNode> starSources = new ArrayList<>();
        for (TSNode statement : Ts.namedChildren(file.root())) {
            Ref ref = Ref.of(file, statement);
            if (Ts.is(statement, "export_statement")) {
                Optional<TSNode> source = Ts.field(statement, "source");
                Optional<TSNode> declaration = Ts.field(statement, "declaration");
                boolean isDefault = Ts.hasKeyword(statement, "default");
                if (isDefault && name.equals("default")) {
                    return Ts.field(statement, "value").or(() -> declaration).map(ref::at);
                }
                if (declaration.isPresent() && !isDefault) {
                    Optional<Ref> found = scopes().declared(ref.at(declaration.get()), name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                Optional<TSNode> clause = Ts.namedChildren(statement).stream().filter(n -> Ts.is(n, "export_clause")).findFirst();
                if (clause.isPresent()) {
                    for (TSNode specifier : Ts.namedChildren(clause.get())) {
                        TSNode local = specifier.getChildByFieldName("name");
                        TSNode exportedAs = Ts.field(specifier, "alias").orElse(local);
                        if (!Ts.present(local) || !Ts.keyName(exportedAs, file::text).orElse("").equals(name)) {
                            continue;
                        }
                        String localName = Ts.keyName(local, file::text).orElse(name);
                        if (source.isPresent()) {
                            return resolver.modules().resolve(file.path(), Strings.literal(source.get(), file::text))
                                    .flatMap(target -> exported(target, localName));
                        }
                        return scopes().lookup(ref.at(specifier), localName);
                    }
                } else if (source.isPresent() && declaration.isEmpty()
                        && Ts.namedChildren(statement).stream().noneMatch(n -> Ts.is(n, "namespace_export"))) {
                    starSources.add(source.get());
                }
            } else if (Ts.is(statement, "expression_statement")) {
                Optional<Ref> found = commonJs(ref, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (!name.equals("default")) {
            for (TSNode source : starSources) {
                Optional<Ref> found = resolver.modules().resolve(file.path(), Strings.literal(source, file::text))
                        .flatMap(target -> exported(target, name));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        // the default import of a CommonJS module (exports.X = ...) is the module's exports object
        return Optional.of(Ref.of(file, file.root()));
    }

    /** `module.exports = {...}`, `module.exports.X = ...` and `exports.X = ...`. */
    private Optional<Ref> commonJs(Ref statement, String name) {
        TSNode assignment = Ts.namedChildren(statement.node()).stream().findFirst().orElse(null);
        if (!Ts.is(assignment, "assignment_expression")) {
            return Optional.empty();
        }
        String left = statement.file().text(assignment.getChildByFieldName("left"));
        TSNode right = assignment.getChildByFieldName("right");
        if (left.equals("module.exports")) {
            Ref value = statement.at(right);
            return name.equals("default") ? Optional.of(value) : resolver.property(resolver.resolve(value), name);
        }
        if (left.equals("module.exports." + name) || left.equals("exports." + name)) {
            return Optional.of(statement.at(right));
        }
        return Optional.empty();
    }

    /** Every value a module exports by name (for `import * as x` used as a collection). */
    List<Ref> allExported(ParsedFile file) {
        List<Ref> values = new ArrayList<>();
        for (TSNode statement : Ts.namedChildren(file.root())) {
            Optional<TSNode> declaration = Ts.field(statement, "declaration");
            if (!Ts.is(statement, "export_statement") || declaration.isEmpty() || Ts.hasKeyword(statement, "default")) {
                continue;
            }
            for (TSNode part : Ts.namedChildren(declaration.get())) {
                if (Ts.is(part, "variable_declarator")) {
                    Ts.field(part, "value").ifPresent(v -> values.add(Ref.of(file, v)));
                }
            }
            if (Scopes.NAMED_DECLARATIONS.contains(declaration.get().getType())) {
                values.add(Ref.of(file, declaration.get()));
            }
        }
        return values;
    }
}
