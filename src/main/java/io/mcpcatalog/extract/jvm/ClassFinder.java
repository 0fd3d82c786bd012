package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Finds the declaration of a class, interface, enum, record or object named in a file, in that file or in another
 * file of the repository: through the file's imports, its package folder, wildcard imports, or a file of that name.
 */
final class ClassFinder {

    /** A type declaration and the file it is in. */
    record Decl(ParsedFile file, TSNode node) {
    }

    static final Set<String> DECLARATIONS = Set.of("class_declaration", "interface_declaration", "enum_declaration",
            "record_declaration", "annotation_type_declaration", "object_declaration");

    private ClassFinder() {
    }

    /** The declaration {@code name} ("Constants", "Outer.Inner", "com.acme.Constants") refers to in {@code from}. */
    static Optional<Decl> find(ParsedFile from, SourceIndex index, String name) {
        List<String> segments = Arrays.asList(name.split("\\."));
        if (segments.isEmpty() || segments.get(0).isEmpty()) {
            return Optional.empty();
        }
        Sources sources = new Sources(index, List.copyOf(index.paths()));
        if (segments.size() > 1 && Character.isLowerCase(segments.get(0).charAt(0))) {
            return byQualifiedName(sources, segments);
        }
        Optional<Decl> top = simple(from, sources, segments.get(0));
        return top.flatMap(decl -> nested(decl, segments.subList(1, segments.size())));
    }

    /** The index and its source paths, listed once per lookup. */
    private record Sources(SourceIndex index, List<String> paths) {
    }

    private static Optional<Decl> simple(ParsedFile from, Sources sources, String name) {
        Optional<TSNode> local = declaredIn(from, name);
        if (local.isPresent()) {
            return Optional.of(new Decl(from, local.get()));
        }
        JvmImports imports = JvmImports.of(from);
        Optional<String> qualified = imports.qualified(name);
        if (qualified.isPresent()) {
            return byQualifiedName(sources, Arrays.asList(qualified.get().split("\\.")));
        }
        String folder = from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/') + 1) : "";
        List<String> candidates = new ArrayList<>();
        candidates.add(folder + name);
        for (String wildcard : imports.wildcards()) {
            candidates.add(wildcard.replace('.', '/') + "/" + name);
        }
        for (String candidate : candidates) {
            Optional<Decl> found = inFile(sources, candidate, name);
            if (found.isPresent()) {
                return found;
            }
        }
        if (from.language() == Language.KOTLIN) {
            for (String path : sources.paths()) {
                if (path.startsWith(folder) && path.indexOf('/', folder.length()) < 0 && path.endsWith(".kt")) {
                    Optional<Decl> found = declaration(sources.index(), path, name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return inFile(sources, name, name);
    }

    private static Optional<Decl> byQualifiedName(Sources sources, List<String> segments) {
        for (int end = segments.size(); end >= 1; end--) {
            String path = String.join("/", segments.subList(0, end));
            Optional<Decl> found = inFile(sources, path, segments.get(end - 1));
            if (found.isPresent()) {
                return nested(found.get(), segments.subList(end, segments.size()));
            }
        }
        return Optional.empty();
    }

    /** The declaration of {@code name} in the file whose path ends with {@code pathWithoutExtension}.java or .kt. */
    private static Optional<Decl> inFile(Sources sources, String pathWithoutExtension, String name) {
        for (String extension : List.of(".java", ".kt")) {
            String wanted = pathWithoutExtension + extension;
            for (String path : sources.paths()) {
                if (path.equals(wanted) || path.endsWith("/" + wanted)) {
                    Optional<Decl> found = declaration(sources.index(), path, name);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Decl> declaration(SourceIndex index, String path, String name) {
        try {
            return index.parsed(path).flatMap(file -> declaredIn(file, name).map(node -> new Decl(file, node)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Decl> nested(Decl decl, List<String> names) {
        Decl current = decl;
        for (String name : names) {
            Optional<TSNode> inner = Optional.empty();
            for (TSNode candidate : Nodes.descendants(current.node(), DECLARATIONS, 3)) {
                if (name.equals(nameOf(current.file(), candidate))) {
                    inner = Optional.of(candidate);
                    break;
                }
            }
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            current = new Decl(current.file(), inner.get());
        }
        return Optional.of(current);
    }

    /** The first type declared in {@code file} (at any depth) with this simple name. */
    static Optional<TSNode> declaredIn(ParsedFile file, String name) {
        for (TSNode candidate : Nodes.descendants(file.root(), DECLARATIONS, 12)) {
            if (name.equals(nameOf(file, candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String nameOf(ParsedFile file, TSNode declaration) {
        return Nodes.field(declaration, "name")
                .or(() -> Nodes.firstNamed(declaration, "type_identifier", "simple_identifier"))
                .map(file::text).orElse("");
    }
}
