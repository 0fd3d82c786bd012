package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** The supertypes a class or interface declaration names, and whether it can be instantiated. */
final class Supertypes {

    private Supertypes() {
    }

    /** The written names (without type arguments) of the superclass and interfaces of a declaration. */
    static List<String> of(ClassFinder.Decl decl) {
        ParsedFile file = decl.file();
        List<String> names = new ArrayList<>();
        if (file.language() == Language.KOTLIN) {
            for (TSNode specifier : Nodes.children(decl.node(), "delegation_specifier")) {
                Nodes.firstNamed(specifier, "user_type")
                        .or(() -> Nodes.firstNamed(specifier, "constructor_invocation")
                                .flatMap(c -> Nodes.firstNamed(c, "user_type")))
                        .ifPresent(type -> names.add(written(file, type)));
            }
            return names;
        }
        for (TSNode header : Nodes.children(decl.node(), "superclass", "super_interfaces", "extends_interfaces")) {
            List<TSNode> types = new ArrayList<>(Nodes.children(header, "type_identifier", "scoped_type_identifier",
                    "generic_type"));
            Nodes.firstNamed(header, "type_list").ifPresent(list -> types.addAll(Nodes.children(list)));
            types.forEach(type -> names.add(written(file, type)));
        }
        return names;
    }

    /** Whether instances of the declared class can exist: not an interface, not abstract or sealed. */
    static boolean concrete(ClassFinder.Decl decl) {
        String type = decl.node().getType();
        if (type.equals("interface_declaration") || type.equals("annotation_type_declaration")
                || Nodes.hasToken(decl.node(), "interface")) {
            return false;
        }
        String modifiers = Nodes.firstNamed(decl.node(), "modifiers").map(m -> decl.file().text(m)).orElse("");
        return !modifiers.matches("(?s).*\\b(abstract|sealed)\\b.*");
    }

    private static String written(ParsedFile file, TSNode type) {
        String text = file.text(type).replaceAll("\\s+", "");
        return text.contains("<") ? text.substring(0, text.indexOf('<')) : text;
    }
}
