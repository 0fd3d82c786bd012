package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/** Reads C# attributes: {@code [Name(positional, Key = value)]} on declarations, parameters and lambdas. */
final class CsAttributes {

    /** An attribute's positional and named arguments (value expressions). */
    record Arguments(List<TSNode> positional, Map<String, TSNode> named) {
    }

    private CsAttributes() {
    }

    /**
     * The attributes of a declaration (its {@code attribute_list} children), with their target ("" for the
     * declaration itself, "return" for {@code [return: ..]}).
     */
    static List<TSNode> of(TSNode declaration, String target) {
        List<TSNode> attributes = new ArrayList<>();
        for (TSNode list : CsNodes.childrenOfType(declaration, "attribute_list")) {
            TSNode specifier = CsNodes.childrenOfType(list, "attribute_target_specifier").stream().findFirst().orElse(null);
            String listTarget = specifier == null ? "" : specifier.getChild(0).getType();
            if (listTarget.equals(target)) {
                attributes.addAll(CsNodes.childrenOfType(list, "attribute"));
            }
        }
        return attributes;
    }

    /** The attribute's simple name without the {@code Attribute} suffix ({@code Description} for {@code System.ComponentModel.DescriptionAttribute}). */
    static String name(ParsedFile file, TSNode attribute) {
        String name = CsNodes.simpleName(file, SyntaxNodes.field(attribute, "name"));
        return name.endsWith("Attribute") && name.length() > "Attribute".length()
                ? name.substring(0, name.length() - "Attribute".length()) : name;
    }

    static Optional<TSNode> find(ParsedFile file, List<TSNode> attributes, String name) {
        return attributes.stream().filter(attribute -> name(file, attribute).equals(name)).findFirst();
    }

    static Arguments arguments(ParsedFile file, TSNode attribute) {
        List<TSNode> positional = new ArrayList<>();
        Map<String, TSNode> named = new LinkedHashMap<>();
        for (TSNode list : CsNodes.childrenOfType(attribute, "attribute_argument_list")) {
            for (TSNode argument : CsNodes.childrenOfType(list, "attribute_argument")) {
                List<TSNode> parts = CsNodes.namedChildren(argument);
                if (parts.size() == 1 && parts.get(0).getType().equals("assignment_expression")) {
                    TSNode left = SyntaxNodes.field(parts.get(0), "left");
                    TSNode right = SyntaxNodes.field(parts.get(0), "right");
                    if (left != null && right != null) {
                        named.put(file.text(left), right);
                    }
                } else if (parts.size() == 2 && parts.get(0).getType().equals("identifier")
                        && file.text(argument).replace(" ", "").startsWith(file.text(parts.get(0)) + ":")) {
                    named.put(file.text(parts.get(0)), parts.get(1));
                } else if (!parts.isEmpty()) {
                    positional.add(parts.get(parts.size() - 1));
                }
            }
        }
        return new Arguments(positional, named);
    }

    /** The first positional argument of the named attribute, e.g. the text of {@code [Description("..")]}. */
    static Optional<TSNode> firstArgument(ParsedFile file, List<TSNode> attributes, String name) {
        return find(file, attributes, name).flatMap(attribute -> {
            List<TSNode> positional = arguments(file, attribute).positional();
            return positional.isEmpty() ? Optional.empty() : Optional.of(positional.get(0));
        });
    }
}
