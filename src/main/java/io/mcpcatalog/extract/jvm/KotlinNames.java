package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Resolves Kotlin names to values: bound parameters, local vals declared before the use, properties of the
 * enclosing classes, objects and companions, top-level properties of the file and its package, imported
 * properties and {@code Type.NAME} members of other classes (Kotlin or Java).
 */
final class KotlinNames {

    private static final Set<String> CLASSES = Set.of("class_declaration", "object_declaration", "companion_object");

    private KotlinNames() {
    }

    static JvmValue identifier(JvmEvaluator ev, TSNode id) {
        ParsedFile file = ev.file();
        String name = file.text(id);
        JvmEvaluator.Bound bound = ev.bindings().get(name);
        if (bound != null) {
            return bound.resolve();
        }
        for (TSNode scope = id.getParent(); Nodes.present(scope); scope = scope.getParent()) {
            String type = scope.getType();
            if (type.equals("statements") || type.equals("source_file")) {
                int before = type.equals("statements") ? id.getStartByte() : Integer.MAX_VALUE;
                Optional<TSNode> local = property(file, scope, name, before);
                if (local.isPresent()) {
                    return value(ev, local.get());
                }
            } else if (type.equals("function_declaration") && JvmMethods.parameterNames(file, scope).contains(name)) {
                return new JvmValue.Unknown("parameter " + name);
            } else if (type.equals("lambda_literal") && lambdaParameter(file, scope, name)) {
                return new JvmValue.Unknown("lambda parameter " + name);
            } else if (CLASSES.contains(type)) {
                JvmValue member = ev.self().map(self -> KotlinCalls.property(ev, self, name)).orElse(JvmValue.UNKNOWN);
                if (member instanceof JvmValue.Unknown) {
                    member = memberOf(ev, new ClassFinder.Decl(file, scope), name);
                }
                if (!(member instanceof JvmValue.Unknown)) {
                    return member;
                }
            }
        }
        JvmImports imports = JvmImports.of(file);
        Optional<String> imported = imports.qualified(name);
        if (imported.isPresent() && imported.get().contains(".")) {
            String owner = imported.get().substring(0, imported.get().lastIndexOf('.'));
            String member = imported.get().substring(imported.get().lastIndexOf('.') + 1);
            JvmValue value = JavaNames.member(ev, owner, member);
            return value instanceof JvmValue.Unknown ? topLevel(ev, owner, member) : value;
        }
        JvmValue samePackage = topLevel(ev, imports.packageName(), name);
        if (!(samePackage instanceof JvmValue.Unknown)) {
            return samePackage;
        }
        for (String wildcard : imports.wildcards()) {
            JvmValue value = topLevel(ev, wildcard, name);
            if (!(value instanceof JvmValue.Unknown)) {
                return value;
            }
        }
        return new JvmValue.Unknown("name " + name);
    }

    /** A property, enum entry or companion member named {@code name} of a Kotlin class, object or companion. */
    static JvmValue memberOf(JvmEvaluator ev, ClassFinder.Decl decl, String name) {
        ParsedFile file = decl.file();
        TSNode body = Nodes.firstNamed(decl.node(), "class_body", "enum_class_body").orElse(null);
        if (body == null) {
            return new JvmValue.Unknown("member " + name);
        }
        for (TSNode entry : Nodes.children(body, "enum_entry")) {
            if (Nodes.firstNamed(entry, "simple_identifier").map(file::text).orElse("").equals(name)) {
                List<JvmValue> args = Nodes.firstNamed(entry, "value_arguments").map(Nodes::children).orElse(List.of())
                        .stream().map(ev::eval).toList();
                return new JvmValue.EnumConstant(name, args);
            }
        }
        Optional<TSNode> property = property(file, body, name, Integer.MAX_VALUE);
        if (property.isPresent()) {
            return value(ev, property.get());
        }
        for (TSNode companion : Nodes.children(body, "companion_object")) {
            JvmValue member = memberOf(ev, new ClassFinder.Decl(file, companion), name);
            if (!(member instanceof JvmValue.Unknown)) {
                return member;
            }
        }
        return new JvmValue.Unknown("member " + name);
    }

    /** A top-level property of the package {@code packageName}, declared in a file of its folder. */
    private static JvmValue topLevel(JvmEvaluator ev, String packageName, String name) {
        String folder = packageName.replace('.', '/');
        String filePath = ev.file().path();
        String own = filePath.contains("/") ? filePath.substring(0, filePath.lastIndexOf('/')) : "";
        boolean samePackage = packageName.equals(JvmImports.of(ev.file()).packageName());
        for (String path : ev.index().paths()) {
            String pathFolder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            boolean inFolder = samePackage ? pathFolder.equals(own)
                    : !folder.isEmpty() && (pathFolder.equals(folder) || pathFolder.endsWith("/" + folder));
            if (!inFolder || !path.endsWith(".kt")) {
                continue;
            }
            Optional<ParsedFile> other = ev.index().parsed(path);
            Optional<TSNode> property = other.flatMap(f -> property(f, f.root(), name, Integer.MAX_VALUE));
            if (property.isPresent()) {
                JvmEvaluator deeper = ev.deeper(other.get());
                return deeper == null ? JvmValue.UNKNOWN : value(deeper, property.get());
            }
        }
        return new JvmValue.Unknown("name " + name);
    }

    /** The property_declaration {@code name} among the children of {@code scope} starting before {@code before}. */
    private static Optional<TSNode> property(ParsedFile file, TSNode scope, String name, int before) {
        for (TSNode declaration : Nodes.children(scope, "property_declaration")) {
            if (declaration.getStartByte() >= before) {
                break;
            }
            Optional<TSNode> variable = Nodes.firstNamed(declaration, "variable_declaration");
            String declared = variable.flatMap(v -> Nodes.firstNamed(v, "simple_identifier")).map(file::text)
                    .orElse("");
            if (declared.equals(name)) {
                return Optional.of(declaration);
            }
        }
        return Optional.empty();
    }

    /** The initializer of a property ({@code val x = expr}); unknown for delegated or computed properties. */
    private static JvmValue value(JvmEvaluator ev, TSNode property) {
        boolean afterEquals = false;
        for (TSNode child : Nodes.allChildren(property)) {
            if (!child.isNamed() && child.getType().equals("=")) {
                afterEquals = true;
            } else if (afterEquals && child.isNamed()) {
                return ev.eval(child);
            }
        }
        return new JvmValue.Unknown("property without initializer");
    }

    private static boolean lambdaParameter(ParsedFile file, TSNode lambda, String name) {
        return Nodes.firstNamed(lambda, "lambda_parameters")
                .map(params -> Nodes.descendants(params, Set.of("simple_identifier"), 2).stream()
                        .anyMatch(id -> name.equals(file.text(id))))
                .orElse(false);
    }
}
