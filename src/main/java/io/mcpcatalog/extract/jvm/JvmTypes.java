package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/** Facts about the repository's own types that shape a parameter's schema: enum constants. */
final class JvmTypes {

    /** Packages whose types are never the repository's own enums. */
    private static final List<String> LIBRARIES = List.of("java.", "javax.", "jakarta.", "kotlin.", "kotlinx.",
            "com.fasterxml.", "io.vertx.", "io.smallrye.", "reactor.", "org.springframework.", "io.quarkiverse.",
            "io.modelcontextprotocol.", "io.micronaut.", "org.mcpjava.", "com.google.", "org.apache.");
    private static final Set<String> BUILTIN = Set.of("Object", "Any", "Map", "HashMap", "LinkedHashMap", "TreeMap",
            "MutableMap", "JsonNode", "ObjectNode", "JsonObject", "JsonElement", "Record", "Enum", "Class", "Void",
            "Unit");

    private JvmTypes() {
    }

    /** Whether a simple type name denotes a platform or library type (imported from one, or a builtin). */
    static boolean isLibrary(ParsedFile file, String simpleName) {
        Optional<String> imported = JvmImports.of(file).qualified(simpleName);
        return BUILTIN.contains(simpleName)
                || imported.filter(q -> LIBRARIES.stream().anyMatch(q::startsWith)).isPresent();
    }

    /** The constants of the enum {@code writtenType} names, when it is an enum declared in the repository. */
    static List<String> enumConstants(JvmEvaluator ev, String writtenType) {
        String raw = JsonTypes.raw(writtenType.replaceAll("\\s+", "").replaceAll("\\?$", ""));
        if (raw.isEmpty() || !Character.isUpperCase(raw.charAt(0)) || !JsonTypes.of(raw).equals("object")) {
            return List.of();
        }
        if (isLibrary(ev.file(), raw)) {
            return List.of();
        }
        String written = writtenType.contains("<") ? writtenType.substring(0, writtenType.indexOf('<')) : writtenType;
        Optional<ClassFinder.Decl> decl = ClassFinder.find(ev.file(), ev.index(), written.replaceAll("[\\s?]", ""));
        List<String> constants = new ArrayList<>();
        decl.ifPresent(d -> {
            TSNode node = d.node();
            if (d.file().language() == Language.KOTLIN) {
                if (Nodes.hasToken(node, "enum") || Nodes.firstNamed(node, "modifiers")
                        .map(m -> d.file().text(m).contains("enum")).orElse(false)) {
                    Nodes.firstNamed(node, "enum_class_body").ifPresent(body -> Nodes.children(body, "enum_entry")
                            .forEach(e -> Nodes.firstNamed(e, "simple_identifier")
                                    .ifPresent(id -> constants.add(d.file().text(id)))));
                }
            } else if (node.getType().equals("enum_declaration")) {
                Nodes.field(node, "body").ifPresent(body -> Nodes.children(body, "enum_constant")
                        .forEach(c -> constants.add(d.file().text(c.getChildByFieldName("name")))));
            }
        });
        return constants;
    }
}
