package io.mcpcatalog.extract;

import java.nio.charset.StandardCharsets;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

/** A source file with its syntax tree. Node offsets are UTF-8 byte offsets, so text is cut from the bytes. */
public final class ParsedFile {

    private final SourceFile source;
    private final TSTree tree;
    private final byte[] utf8;

    ParsedFile(SourceFile source, TSTree tree, byte[] utf8) {
        this.source = source;
        this.tree = tree;
        this.utf8 = utf8;
    }

    public SourceFile source() {
        return source;
    }

    public String path() {
        return source.path();
    }

    public Language language() {
        return source.language();
    }

    public TSNode root() {
        return tree.getRootNode();
    }

    /** The source text a node spans. */
    public String text(TSNode node) {
        return new String(utf8, node.getStartByte(), node.getEndByte() - node.getStartByte(), StandardCharsets.UTF_8);
    }

    /** The 1-based line a node starts on. */
    public int line(TSNode node) {
        return node.getStartPoint().getRow() + 1;
    }
}
