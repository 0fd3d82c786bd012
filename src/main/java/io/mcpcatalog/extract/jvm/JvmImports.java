package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.treesitter.TSNode;

/**
 * The package and imports of a Java or Kotlin file: simple (or alias) name to qualified name, wildcard packages,
 * and (Java) static imports of members.
 */
record JvmImports(String packageName, Map<String, String> types, List<String> wildcards,
                  Map<String, String> staticMembers) {

    /** Imports are read once per parsed file (a pure function of it; tree-sitter calls are costly). */
    private static final Map<ParsedFile, JvmImports> READ = Collections.synchronizedMap(new WeakHashMap<>());

    static JvmImports of(ParsedFile file) {
        JvmImports known = READ.get(file);
        if (known == null) {
            known = read(file);
            READ.put(file, known);
        }
        return known;
    }

    private static JvmImports read(ParsedFile file) {
        String pkg = "";
        Map<String, String> types = new LinkedHashMap<>();
        List<String> wildcards = new ArrayList<>();
        Map<String, String> statics = new LinkedHashMap<>();
        List<TSNode> imports = new ArrayList<>();
        for (TSNode child : Nodes.children(file.root(), "package_declaration", "package_header", "import_declaration",
                "import_list", "import_header")) {
            switch (child.getType()) {
                case "package_declaration", "package_header" -> pkg = file.text(child).replaceAll("\\s+", " ").trim()
                        .replaceFirst("^package ", "").replaceFirst(";$", "").replace(" ", "");
                case "import_list" -> imports.addAll(Nodes.children(child, "import_header"));
                default -> imports.add(child);
            }
        }
        for (TSNode node : imports) {
            String text = file.text(node).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", " ").replaceAll("\\s+", " ").trim()
                    .replaceFirst("^import ", "").replaceFirst(";$", "").trim();
            boolean isStatic = text.startsWith("static ");
            text = text.replaceFirst("^static ", "");
            String alias = null;
            int as = text.indexOf(" as ");
            if (as > 0) {
                alias = text.substring(as + 4).trim();
                text = text.substring(0, as);
            }
            text = text.replace(" ", "");
            if (text.endsWith(".*")) {
                wildcards.add(text.substring(0, text.length() - 2));
            } else if (isStatic) {
                int dot = text.lastIndexOf('.');
                statics.put(text.substring(dot + 1), text.substring(0, Math.max(dot, 0)));
            } else if (!text.isEmpty()) {
                types.put(alias != null ? alias : text.substring(text.lastIndexOf('.') + 1), text);
            }
        }
        return new JvmImports(pkg, types, wildcards, statics);
    }

    /** The qualified name a simple name was imported as, if it was imported by name. */
    Optional<String> qualified(String simpleName) {
        return Optional.ofNullable(types.get(simpleName));
    }

    /**
     * True when {@code simpleName} refers to a type of one of {@code packages}: imported by name from it, or
     * by a wildcard on it, or the file is in it.
     */
    boolean refersTo(String simpleName, List<String> packages) {
        String qualified = types.get(simpleName);
        for (String pkg : packages) {
            if (qualified != null ? qualified.equals(pkg + "." + simpleName) || qualified.startsWith(pkg + ".")
                    : wildcards.contains(pkg) || packageName.equals(pkg)) {
                return true;
            }
        }
        return false;
    }

    /** True when the file imports anything (a type, a wildcard, a static member) from under {@code prefix}. */
    boolean importsFrom(String prefix) {
        return types.values().stream().anyMatch(name -> name.startsWith(prefix))
                || wildcards.stream().anyMatch(name -> name.startsWith(prefix))
                || staticMembers.values().stream().anyMatch(name -> name.startsWith(prefix))
                || packageName.startsWith(prefix);
    }
}
