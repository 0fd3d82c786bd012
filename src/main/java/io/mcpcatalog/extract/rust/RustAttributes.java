package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Reads attributes ({@code #[name(key = value, flag, nested(..))]}) and doc comments that decorate an item.
 */
final class RustAttributes {

    /** One comma-separated entry of an attribute's arguments: {@code key = value}, {@code key(..)} or {@code key}. */
    record Entry(String key, List<TSNode> value, TSNode nested) {
        boolean isFlag() {
            return value.isEmpty() && nested == null;
        }
    }

    private RustAttributes() {
    }

    /** The attribute's name: the last segment of its path ({@code tool} for {@code #[rmcp::tool(..)]}). */
    static String name(ParsedFile file, TSNode attribute) {
        List<TSNode> named = RustNodes.namedChildren(attribute);
        return named.isEmpty() ? "" : RustNodes.lastSegment(file, named.get(0));
    }

    static TSNode argumentTree(TSNode attribute) {
        TSNode arguments = SyntaxNodes.field(attribute, "arguments");
        return arguments != null ? arguments : RustNodes.firstChildOfType(attribute, "token_tree");
    }

    /** The entries of an attribute's argument list (empty for a bare attribute). */
    static List<Entry> entries(ParsedFile file, TSNode attribute) {
        TSNode tree = argumentTree(attribute);
        return tree == null ? List.of() : entriesOf(file, tree);
    }

    /** The entries of a token tree such as {@code (a = 1, b(..), c)} or {@code {a: 1, b: 2}}. */
    static List<Entry> entriesOf(ParsedFile file, TSNode tree) {
        List<Entry> entries = new ArrayList<>();
        for (List<TSNode> group : RustStrings.arguments(tree)) {
            if (group.isEmpty()) {
                continue;
            }
            String key = file.text(group.get(0));
            if (group.size() == 1) {
                entries.add(new Entry(key, List.of(), null));
            } else {
                String second = file.text(group.get(1));
                if (second.equals("=") || second.equals(":")) {
                    entries.add(new Entry(key, group.subList(2, group.size()), null));
                } else if (group.get(1).getType().equals("token_tree")) {
                    entries.add(new Entry(key, List.of(), group.get(1)));
                }
            }
        }
        return entries;
    }

    static Optional<Entry> entry(List<Entry> entries, String key) {
        return entries.stream().filter(entry -> entry.key().equals(key)).findFirst();
    }

    /** The attributes called {@code name} among the item's leading attributes. */
    static List<TSNode> named(ParsedFile file, List<TSNode> attributes, String name) {
        return attributes.stream().filter(attribute -> name(file, attribute).equals(name)).toList();
    }

    /** The value of {@code #[<attribute>(<key> = "..")]} among the given attributes, as literal text. */
    static Optional<String> literal(ParsedFile file, List<TSNode> attributes, String attribute, String key) {
        for (TSNode node : named(file, attributes, attribute)) {
            for (Entry entry : entries(file, node)) {
                if (entry.key().equals(key)) {
                    Optional<String> text = literalOf(file, entry);
                    if (text.isPresent()) {
                        return text;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The string literal of an entry, or of its nested {@code deserialize = ".."} form. */
    static Optional<String> literalOf(ParsedFile file, Entry entry) {
        if (entry.value().size() == 1 && entry.value().get(0).getType().contains("string_literal")) {
            TSNode literal = entry.value().get(0);
            return Optional.of(literal.getType().equals("raw_string_literal") ? RustLiterals.raw(file.text(literal))
                    : RustLiterals.unescape(file.text(literal)));
        }
        if (entry.nested() != null) {
            for (Entry inner : entriesOf(file, entry.nested())) {
                if (inner.key().equals("deserialize")) {
                    return literalOf(file, inner);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether any of the attributes called {@code attribute} has the flag or key {@code key}. */
    static boolean has(ParsedFile file, List<TSNode> attributes, String attribute, String key) {
        for (TSNode node : named(file, attributes, attribute)) {
            for (Entry entry : entries(file, node)) {
                if (entry.key().equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The raw doc lines ({@code ///}, {@code /** *}{@code /}, {@code #[doc = ".."]}) written before an item. */
    static List<String> docLines(ParsedFile file, TSNode item, RustStrings strings) {
        List<String> lines = new ArrayList<>();
        for (TSNode decoration : RustNodes.leadingDecorations(item)) {
            if (RustNodes.isComment(decoration)) {
                String text = file.text(decoration).stripTrailing();
                if (RustLiterals.isDocComment(text)) {
                    lines.addAll(List.of(RustLiterals.docComment(text).split("\n", -1)));
                }
            } else {
                TSNode attribute = RustNodes.firstChildOfType(decoration, "attribute");
                if (attribute != null && name(file, attribute).equals("doc")) {
                    TSNode value = SyntaxNodes.field(attribute, "value");
                    strings.expression(file, value).ifPresent(text -> lines.addAll(List.of(text.text().split("\n", -1))));
                }
            }
        }
        return lines;
    }

    /** A method's doc as the rmcp tool macro reads it: trimmed non-empty lines joined by newlines. */
    static String macroDoc(List<String> lines) {
        return String.join("\n", lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    /** A field's doc as schemars reads it: lines of a paragraph joined by spaces, paragraphs by blank lines. */
    static String schemaDoc(List<String> lines) {
        String doc = String.join("\n", lines.stream().map(String::strip).toList()).strip();
        if (doc.startsWith("#")) {
            int newline = doc.indexOf('\n');
            doc = newline < 0 ? "" : doc.substring(newline + 1);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : doc.strip().split("\n\n")) {
            String merged = paragraph.strip().replace('\n', ' ');
            if (!merged.isEmpty()) {
                paragraphs.add(merged);
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }
}
