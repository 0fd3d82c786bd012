package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The parameters schemars derives from an argument struct: one per field, named as serde names it
 * ({@code rename}, {@code rename_all}), not required when {@code Option} or defaulted, skipped fields left out,
 * flattened structs inlined; descriptions from {@code #[schemars(description = ..)]} or doc comments.
 */
final class RustParams {

    private static final int MAX_DEPTH = 4;

    private final SourceIndex index;
    private final RustStrings strings;

    RustParams(SourceIndex index) {
        this.index = index;
        this.strings = new RustStrings(index);
    }

    /** The parameters of the struct named by a type node (e.g. {@code MyArgs} in {@code Parameters<MyArgs>}). */
    Optional<List<ToolParam>> ofType(ParsedFile file, TSNode type) {
        RustTypes.JsonType json = RustTypes.of(file, type, index);
        if (json.struct() == null) {
            return Optional.empty();
        }
        return Optional.of(ofStruct(json.struct().file(), json.struct().node(), 0));
    }

    List<ToolParam> ofStruct(ParsedFile file, TSNode struct, int depth) {
        List<ToolParam> params = new ArrayList<>();
        TSNode body = SyntaxNodes.field(struct, "body");
        if (body == null || !body.getType().equals("field_declaration_list") || depth > MAX_DEPTH) {
            return params;
        }
        List<TSNode> structAttributes = RustNodes.leadingAttributes(struct);
        String renameAll = RustAttributes.literal(file, structAttributes, "serde", "rename_all").orElse(null);
        boolean allDefault = RustAttributes.has(file, structAttributes, "serde", "default");
        for (TSNode field : RustNodes.namedChildren(body)) {
            if (!field.getType().equals("field_declaration")) {
                continue;
            }
            List<TSNode> attributes = RustNodes.leadingAttributes(field);
            if (RustAttributes.has(file, attributes, "serde", "skip") || RustAttributes.has(file, attributes, "serde", "skip_deserializing")
                    || RustAttributes.has(file, attributes, "schemars", "skip")) {
                continue;
            }
            RustTypes.JsonType type = RustTypes.of(file, SyntaxNodes.field(field, "type"), index);
            if (RustAttributes.has(file, attributes, "serde", "flatten")) {
                if (type.struct() != null) {
                    for (ToolParam inner : ofStruct(type.struct().file(), type.struct().node(), depth + 1)) {
                        params.add(type.optional() ? new ToolParam(inner.name(), inner.type(), false, inner.description(),
                                inner.enumValues()) : inner);
                    }
                }
                continue;
            }
            String name = RustAttributes.literal(file, attributes, "serde", "rename")
                    .or(() -> RustAttributes.literal(file, attributes, "schemars", "rename"))
                    .orElse(RustCase.field(stripRaw(file.text(SyntaxNodes.field(field, "name"))), renameAll));
            boolean required = !type.optional() && !allDefault && !RustAttributes.has(file, attributes, "serde", "default")
                    && !RustAttributes.has(file, attributes, "schemars", "default");
            if (RustAttributes.has(file, attributes, "schemars", "required")) {
                required = true;
            }
            params.add(new ToolParam(name, type.type(), required, description(file, field, attributes), type.enumValues()));
        }
        return params;
    }

    /** A field's or parameter's description: {@code #[schemars(description = ..)]}, else its doc comment. */
    String description(ParsedFile file, TSNode item, List<TSNode> attributes) {
        for (TSNode attribute : RustAttributes.named(file, attributes, "schemars")) {
            Optional<RustAttributes.Entry> entry = RustAttributes.entry(RustAttributes.entries(file, attribute), "description");
            if (entry.isPresent()) {
                Optional<StaticText> text = strings.tokens(file, entry.get().value());
                if (text.isPresent()) {
                    return text.get().text();
                }
            }
        }
        return RustAttributes.schemaDoc(RustAttributes.docLines(file, item, strings));
    }

    static String stripRaw(String identifier) {
        return identifier.startsWith("r#") ? identifier.substring(2) : identifier;
    }
}
