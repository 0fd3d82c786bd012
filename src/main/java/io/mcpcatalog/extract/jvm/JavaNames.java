package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Resolves Java names to values: bound parameters, local variables declared before the use, fields of the
 * enclosing classes and their supertypes, static imports, and {@code Type.NAME} members of other classes.
 */
final class JavaNames {

    private static final Set<String> BLOCKS = Set.of("block", "constructor_body", "switch_block_statement_group",
            "switch_block");
    private static final Set<String> CALLABLES = Set.of("method_declaration", "constructor_declaration",
            "lambda_expression", "compact_constructor_declaration");

    private JavaNames() {
    }

    static JvmValue identifier(JavaEvaluator ev, TSNode id) {
        String name = ev.file().text(id);
        JvmEvaluator.Bound bound = ev.bindings().get(name);
        if (bound != null) {
            return bound.resolve();
        }
        for (TSNode scope = id.getParent(); Nodes.present(scope); scope = scope.getParent()) {
            String type = scope.getType();
            if (BLOCKS.contains(type)) {
                Optional<TSNode> local = declarator(scope, name, ev.file(), id.getStartByte(),
                        "local_variable_declaration");
                if (local.isPresent()) {
                    return ev.eval(local.get().getChildByFieldName("value"));
                }
            } else if (CALLABLES.contains(type) && isParameter(ev.file(), scope, name)) {
                return new JvmValue.Unknown("parameter " + name);
            } else if (ClassFinder.DECLARATIONS.contains(type)) {
                JvmValue member = memberOf(ev, new ClassFinder.Decl(ev.file(), scope), name);
                if (!(member instanceof JvmValue.Unknown)) {
                    return member;
                }
            }
        }
        JvmImports imports = JvmImports.of(ev.file());
        String owner = imports.staticMembers().get(name);
        if (owner != null) {
            return member(ev, owner, name);
        }
        for (String wildcard : imports.wildcards()) {
            JvmValue member = member(ev, wildcard, name);
            if (!(member instanceof JvmValue.Unknown)) {
                return member;
            }
        }
        return new JvmValue.Unknown("name " + name);
    }

    /** {@code Type.NAME}, {@code Outer.Inner.NAME}, {@code this.name}. */
    static JvmValue fieldAccess(JavaEvaluator ev, TSNode node) {
        TSNode object = Nodes.field(node, "object").or(() -> Nodes.field(node, "scope")).orElse(null);
        TSNode field = Nodes.field(node, "field").or(() -> Nodes.field(node, "name")).orElse(null);
        if (object == null || field == null) {
            return JvmValue.UNKNOWN;
        }
        String name = ev.file().text(field);
        if (object.getType().equals("this")) {
            Optional<TSNode> owner = Nodes.ancestor(node, ClassFinder.DECLARATIONS.toArray(String[]::new));
            return owner.map(decl -> memberOf(ev, new ClassFinder.Decl(ev.file(), decl), name))
                    .orElse(JvmValue.UNKNOWN);
        }
        return member(ev, ev.file().text(object).replaceAll("\\s+", ""), name);
    }

    /** The member {@code name} of the class that {@code typeName} refers to from the evaluator's file. */
    static JvmValue member(JvmEvaluator ev, String typeName, String name) {
        if (typeName.isEmpty() || !Character.isJavaIdentifierStart(typeName.charAt(0))) {
            return JvmValue.UNKNOWN;
        }
        return ClassFinder.find(ev.file(), ev.index(), typeName).map(decl -> memberOf(ev, decl, name))
                .orElse(new JvmValue.Unknown("type " + typeName));
    }

    /** A constant, field or enum constant named {@code name} declared in {@code decl} or its supertypes. */
    static JvmValue memberOf(JvmEvaluator from, ClassFinder.Decl decl, String name) {
        JvmEvaluator ev = from.deeper(decl.file());
        if (ev == null) {
            return new JvmValue.Unknown("too deep");
        }
        if (decl.file().language() == Language.KOTLIN) {
            return KotlinNames.memberOf(ev, decl, name);
        }
        TSNode body = decl.node().getChildByFieldName("body");
        if (!Nodes.present(body)) {
            return JvmValue.UNKNOWN;
        }
        for (TSNode constant : Nodes.children(body, "enum_constant")) {
            if (name.equals(decl.file().text(constant.getChildByFieldName("name")))) {
                List<JvmValue> args = Nodes.field(constant, "arguments")
                        .map(arguments -> Nodes.children(arguments).stream().map(ev::eval).toList()).orElse(List.of());
                return new JvmValue.EnumConstant(name, args);
            }
        }
        List<TSNode> scopes = new java.util.ArrayList<>(List.of(body));
        scopes.addAll(Nodes.children(body, "enum_body_declarations"));
        for (TSNode scope : scopes) {
            Optional<TSNode> field = declarator(scope, name, decl.file(), Integer.MAX_VALUE,
                    "field_declaration", "constant_declaration");
            if (field.isPresent()) {
                return ev.eval(field.get().getChildByFieldName("value"));
            }
        }
        Set<String> typeNames = Set.of("type_identifier", "scoped_type_identifier");
        for (TSNode supertype : Nodes.descendants(decl.node(), typeNames, 3)) {
            TSNode parent = supertype.getParent();
            boolean inHeader = Nodes.ancestor(supertype, "superclass", "super_interfaces", "extends_interfaces")
                    .isPresent()
                    && !Nodes.contains(body, supertype);
            if (inHeader && !parent.getType().equals("scoped_type_identifier")) {
                JvmValue inherited = member(ev, decl.file().text(supertype), name);
                if (!(inherited instanceof JvmValue.Unknown)) {
                    return inherited;
                }
            }
        }
        return new JvmValue.Unknown("member " + name);
    }

    /** The variable_declarator {@code name} in a declaration child of {@code scope} starting before {@code before}. */
    private static Optional<TSNode> declarator(TSNode scope, String name, ParsedFile file, int before,
                                               String... types) {
        for (TSNode declaration : Nodes.children(scope, types)) {
            if (declaration.getStartByte() >= before) {
                break;
            }
            for (TSNode declarator : Nodes.children(declaration, "variable_declarator")) {
                if (name.equals(file.text(declarator.getChildByFieldName("name")))) {
                    return Optional.of(declarator);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isParameter(ParsedFile file, TSNode callable, String name) {
        TSNode parameters = Nodes.field(callable, "parameters").orElse(null);
        if (parameters == null) {
            return false;
        }
        if (parameters.getType().equals("identifier")) {
            return name.equals(file.text(parameters));
        }
        Set<String> kinds = Set.of("formal_parameter", "spread_parameter", "identifier");
        for (TSNode parameter : Nodes.descendants(parameters, kinds, 1)) {
            TSNode id = parameter.getType().equals("identifier") ? parameter : parameter.getChildByFieldName("name");
            if (Nodes.present(id) && name.equals(file.text(id))) {
                return true;
            }
            if (parameter.getType().equals("spread_parameter")
                    && Nodes.descendants(parameter, Set.of("identifier"), 2).stream()
                    .anyMatch(n -> name.equals(file.text(n)))) {
                return true;
            }
        }
        return false;
    }
}
