package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The input schema SDKs reflect from a Go struct type: one parameter per exported field, named by its json tag,
 * required unless omitempty/omitzero (or when a jsonschema tag says "required"; only then when the tree's reflector
 * reads requiredness from jsonschema tags), described by the jsonschema tag
 * (the whole tag in the official SDK's style, or description=... in invopop's style). Embedded structs are flattened.
 */
final class GoStructSchema {

    private static final Set<String> INTEGERS = Set.of("int", "int8", "int16", "int32", "int64", "uint", "uint8",
            "uint16", "uint32", "uint64", "uintptr", "byte", "rune");

    private final GoResolver resolver;

    GoStructSchema(GoResolver resolver) {
        this.resolver = resolver;
    }

    /** The fields of the struct a type expression names, or null when it is not a struct the tree declares. */
    List<ToolParam> params(ParsedFile file, TSNode type) {
        Located struct = struct(file, type, 0);
        if (struct == null) {
            return null;
        }
        List<ToolParam> params = new ArrayList<>();
        fields(struct, params, 0);
        return params;
    }

    private record Located(ParsedFile file, TSNode node) {
    }

    /** Follows pointers, generics and named types to a struct_type node. */
    private Located struct(ParsedFile file, TSNode type, int depth) {
        if (type == null || depth > 8) {
            return null;
        }
        switch (type.getType()) {
            case "struct_type" -> {
                return new Located(file, type);
            }
            case "pointer_type", "parenthesized_type" -> {
                return struct(file, type.getNamedChild(0), depth + 1);
            }
            case "generic_type" -> {
                return struct(file, GoSyntax.field(type, "type"), depth + 1);
            }
            case "type_identifier", "qualified_type", "identifier", "selector_expression" -> {
                GoSession.Decl decl = typeDecl(file, type);
                return decl == null ? null : struct(decl.file(), decl.value(), depth + 1);
            }
            default -> {
                return null;
            }
        }
    }

    private GoSession.Decl typeDecl(ParsedFile file, TSNode type) {
        GoResolver.Ref ref;
        if (type.getType().equals("qualified_type") || type.getType().equals("selector_expression")) {
            boolean qualified = type.getType().equals("qualified_type");
            TSNode pkg = GoSyntax.field(type, qualified ? "package" : "operand");
            TSNode name = GoSyntax.field(type, qualified ? "name" : "field");
            String dir = pkg == null || name == null ? null : resolver.session().importDir(file, file.text(pkg));
            ref = dir == null ? GoResolver.UNKNOWN : resolver.topLevel(dir, file.text(name));
        } else {
            ref = resolver.topLevel(GoSession.dirOf(file.path()), file.text(type));
        }
        return ref instanceof GoResolver.Func f && f.decl().kind().equals("type") ? f.decl() : null;
    }

    private void fields(Located struct, List<ToolParam> params, int depth) {
        TSNode list = null;
        for (TSNode child : GoSyntax.named(struct.node())) {
            if (child.getType().equals("field_declaration_list")) {
                list = child;
            }
        }
        for (TSNode field : GoSyntax.named(list)) {
            if (!field.getType().equals("field_declaration")) {
                continue;
            }
            TSNode type = GoSyntax.field(field, "type");
            TSNode tagNode = GoSyntax.field(field, "tag");
            String tag = tagNode == null ? "" : GoSyntax.stringLiteral(struct.file(), tagNode);
            Map<String, String> tags = GoSyntax.structTag(tag == null ? "" : tag);
            String[] json = tags.getOrDefault("json", "").split(",", -1);
            if (json[0].equals("-") && json.length == 1) {
                continue;
            }
            List<TSNode> names = GoSyntax.fieldAll(field, "name");
            if (names.isEmpty()) {
                Located embedded = struct(struct.file(), type, depth + 1);
                if (embedded != null && json[0].isEmpty() && depth < 6) {
                    fields(embedded, params, depth + 1);
                }
                continue;
            }
            for (TSNode name : names) {
                String goName = struct.file().text(name);
                if (!Character.isUpperCase(goName.charAt(0))) {
                    continue;
                }
                params.add(param(struct.file(), json, goName, type, tags));
            }
        }
    }

    private ToolParam param(ParsedFile file, String[] json, String goName, TSNode type, Map<String, String> tags) {
        String name = json[0].isEmpty() ? goName : json[0];
        boolean optional = false;
        for (int i = 1; i < json.length; i++) {
            optional |= json[i].equals("omitempty") || json[i].equals("omitzero");
        }
        String schemaTag = tags.get("jsonschema");
        String description = tags.getOrDefault("jsonschema_description", tags.get("description"));
        List<String> enumValues = new ArrayList<>();
        boolean required = !optional && !resolver.session().requiredFromTags();
        if (schemaTag != null && isKeyValueStyle(schemaTag)) {
            for (String token : splitTag(schemaTag)) {
                if (token.equals("required")) {
                    required = true;
                } else if (token.startsWith("description=")) {
                    description = token.substring("description=".length());
                } else if (token.startsWith("enum=")) {
                    enumValues.add(token.substring("enum=".length()));
                }
            }
        } else if (schemaTag != null && !schemaTag.isEmpty()) {
            description = schemaTag;
        }
        return new ToolParam(name, jsonType(file, type, 0), required, description, enumValues);
    }

    private static boolean isKeyValueStyle(String tag) {
        String first = splitTag(tag).get(0);
        return first.equals("required") || first.equals("optional") || first.matches("^[A-Za-z_]+=.*");
    }

    private static List<String> splitTag(String tag) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c == '\\' && i + 1 < tag.length() && tag.charAt(i + 1) == ',') {
                current.append(',');
                i++;
            } else if (c == ',') {
                tokens.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        tokens.add(current.toString().trim());
        return tokens;
    }

    /** The JSON Schema type of a Go type. */
    String jsonType(ParsedFile file, TSNode type, int depth) {
        if (type == null || depth > 8) {
            return "any";
        }
        String text = file.text(type);
        switch (type.getType()) {
            case "pointer_type", "parenthesized_type" -> {
                return jsonType(file, type.getNamedChild(0), depth + 1);
            }
            case "slice_type", "array_type" -> {
                return text.endsWith("]byte") ? "string" : "array";
            }
            case "map_type", "struct_type" -> {
                return "object";
            }
            case "interface_type" -> {
                return "any";
            }
            case "qualified_type" -> {
                if (text.equals("time.Time")) {
                    return "string";
                }
                if (text.equals("time.Duration")) {
                    return "integer";
                }
                if (text.equals("json.RawMessage")) {
                    return "any";
                }
                GoSession.Decl decl = typeDecl(file, type);
                return decl == null ? "object" : jsonType(decl.file(), decl.value(), depth + 1);
            }
            case "type_identifier" -> {
                if (text.equals("string")) {
                    return "string";
                }
                if (text.equals("bool")) {
                    return "boolean";
                }
                if (INTEGERS.contains(text)) {
                    return "integer";
                }
                if (text.equals("float32") || text.equals("float64")) {
                    return "number";
                }
                if (text.equals("any")) {
                    return "any";
                }
                GoSession.Decl decl = typeDecl(file, type);
                return decl == null ? "object" : jsonType(decl.file(), decl.value(), depth + 1);
            }
            case "generic_type" -> {
                return jsonType(file, GoSyntax.field(type, "type"), depth + 1);
            }
            default -> {
                return "any";
            }
        }
    }
}
