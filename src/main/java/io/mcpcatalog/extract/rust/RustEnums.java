package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** An enum as serde shows it: unit variants (renamed as serde renames them) are a string enum, else an object. */
final class RustEnums {

    private RustEnums() {
    }

    static RustTypes.JsonType of(ParsedFile file, TSNode enumItem) {
        List<TSNode> attributes = RustNodes.leadingAttributes(enumItem);
        String renameAll = RustAttributes.literal(file, attributes, "serde", "rename_all").orElse(null);
        boolean untagged = RustAttributes.has(file, attributes, "serde", "untagged");
        List<String> values = new ArrayList<>();
        for (TSNode variant : RustNodes.namedChildren(SyntaxNodes.field(enumItem, "body"))) {
            if (!variant.getType().equals("enum_variant")) {
                continue;
            }
            if (SyntaxNodes.field(variant, "body") != null || untagged) {
                return RustTypes.plain("object");
            }
            List<TSNode> variantAttributes = RustNodes.leadingAttributes(variant);
            if (RustAttributes.has(file, variantAttributes, "serde", "skip")
                    || RustAttributes.has(file, variantAttributes, "serde", "skip_deserializing")) {
                continue;
            }
            String name = file.text(SyntaxNodes.field(variant, "name"));
            values.add(RustAttributes.literal(file, variantAttributes, "serde", "rename")
                    .orElse(RustCase.variant(name, renameAll)));
        }
        return new RustTypes.JsonType("string", false, values, null);
    }
}
