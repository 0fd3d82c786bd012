package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.ToolAnnotations;
import java.util.List;
import java.util.Locale;
import org.treesitter.TSNode;

/**
 * Tool annotations as declared: {@code annotations(read_only_hint = true, ..)} in a tool attribute (or the older
 * {@code annotations = { readOnlyHint: true }}), a {@code ToolAnnotations { .. }} value, or the builder
 * {@code ToolAnnotations::new().read_only(true)}. Hints not written stay null.
 */
final class RustAnnotations {

    private String title;
    private Boolean readOnly;
    private Boolean destructive;
    private Boolean idempotent;
    private Boolean openWorld;

    void set(String key, String value) {
        String normalized = key.replace("_", "").toLowerCase(Locale.ROOT);
        Boolean flag = value == null ? null : value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : null;
        switch (normalized) {
            case "title", "withtitle" -> title = value;
            case "readonlyhint", "readonly" -> readOnly = flag;
            case "destructivehint", "destructive" -> destructive = flag;
            case "idempotenthint", "idempotent" -> idempotent = flag;
            case "openworldhint", "openworld" -> openWorld = flag;
            default -> {
            }
        }
    }

    void titleIfAbsent(String value) {
        if (title == null) {
            title = value;
        }
    }

    /** Takes every hint {@code other} declares. */
    void merge(RustAnnotations other) {
        title = other.title != null ? other.title : title;
        readOnly = other.readOnly != null ? other.readOnly : readOnly;
        destructive = other.destructive != null ? other.destructive : destructive;
        idempotent = other.idempotent != null ? other.idempotent : idempotent;
        openWorld = other.openWorld != null ? other.openWorld : openWorld;
    }

    /** Reads {@code key = value} entries of an attribute's annotations group. */
    static RustAnnotations fromEntries(ParsedFile file, List<RustAttributes.Entry> entries, RustStrings strings) {
        RustAnnotations annotations = new RustAnnotations();
        for (RustAttributes.Entry entry : entries) {
            strings.tokens(file, entry.value()).ifPresent(text -> annotations.set(entry.key(), text.text()));
        }
        return annotations;
    }

    /** Reads a {@code ToolAnnotations} expression: a struct literal, a builder chain, or {@code Some(..)} of either. */
    static RustAnnotations fromExpression(ParsedFile file, TSNode expression, RustStrings strings) {
        RustAnnotations annotations = new RustAnnotations();
        annotations.read(file, expression, strings, 0);
        return annotations;
    }

    private void read(ParsedFile file, TSNode node, RustStrings strings, int depth) {
        if (!SyntaxNodes.present(node) || depth > 12) {
            return;
        }
        switch (node.getType()) {
            case "struct_expression" -> {
                for (TSNode initializer : RustNodes.namedChildren(SyntaxNodes.field(node, "body"))) {
                    if (initializer.getType().equals("field_initializer")) {
                        TSNode name = SyntaxNodes.field(initializer, "field");
                        TSNode value = SyntaxNodes.field(initializer, "value");
                        if (name != null) {
                            strings.expression(file, unwrapSome(file, value)).ifPresent(text -> set(file.text(name), text.text()));
                        }
                    }
                }
            }
            case "call_expression" -> {
                TSNode function = SyntaxNodes.field(node, "function");
                List<TSNode> args = RustNodes.namedChildren(SyntaxNodes.field(node, "arguments"));
                if (function != null && function.getType().equals("field_expression")) {
                    read(file, SyntaxNodes.field(function, "value"), strings, depth + 1);
                    TSNode method = SyntaxNodes.field(function, "field");
                    if (method != null && args.size() == 1) {
                        strings.expression(file, args.get(0)).ifPresent(text -> set(file.text(method), text.text()));
                    }
                } else if (function != null && args.size() == 1) {
                    String callee = RustNodes.lastSegment(file, function);
                    if (callee.equals("Some")) {
                        read(file, args.get(0), strings, depth + 1);
                    } else if (callee.equals("with_title")) {
                        strings.expression(file, args.get(0)).ifPresent(text -> title = text.text());
                    }
                } else if (function != null && args.size() == 5 && RustNodes.lastSegment(file, function).equals("from_raw")) {
                    String[] keys = {"title", "read_only_hint", "destructive_hint", "idempotent_hint", "open_world_hint"};
                    for (int i = 0; i < 5; i++) {
                        String key = keys[i];
                        strings.expression(file, unwrapSome(file, args.get(i))).ifPresent(text -> set(key, text.text()));
                    }
                }
            }
            default -> {
            }
        }
    }

    private static TSNode unwrapSome(ParsedFile file, TSNode value) {
        if (value != null && value.getType().equals("call_expression")) {
            TSNode function = SyntaxNodes.field(value, "function");
            List<TSNode> args = RustNodes.namedChildren(SyntaxNodes.field(value, "arguments"));
            if (function != null && file.text(function).equals("Some") && args.size() == 1) {
                return args.get(0);
            }
        }
        return value;
    }

    /** The declared annotations, or null when none was written. */
    ToolAnnotations build() {
        ToolAnnotations annotations = new ToolAnnotations(title, readOnly, destructive, idempotent, openWorld);
        return annotations.isEmpty() ? null : annotations;
    }
}
