package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * What the Java and Kotlin evaluators share: the file and its index, the names bound for one call, how deep
 * the evaluation has followed names, and the guard that turns runaway nesting or an odd node into Unknown.
 */
abstract class AbstractJvmEvaluator implements JvmEvaluator {

    protected final ParsedFile file;
    protected final SourceIndex index;
    protected final Map<String, Bound> bindings;
    protected final int depth;
    /** Expressions being evaluated inside one another: deeply nested code must not exhaust the stack. */
    private int nesting;

    AbstractJvmEvaluator(ParsedFile file, SourceIndex index, Map<String, Bound> bindings, int depth) {
        this.file = file;
        this.index = index;
        this.bindings = bindings;
        this.depth = depth;
    }

    @Override
    public ParsedFile file() {
        return file;
    }

    @Override
    public SourceIndex index() {
        return index;
    }

    @Override
    public Map<String, Bound> bindings() {
        return bindings;
    }

    @Override
    public JvmEvaluator deeper(ParsedFile other) {
        Map<String, Bound> kept = other == file ? bindings : Map.of();
        return depth >= MAX_DEPTH ? null : JvmEvaluator.of(other, index, kept, depth + 1);
    }

    @Override
    public JvmValue eval(TSNode node) {
        if (!Nodes.present(node)) {
            return JvmValue.UNKNOWN;
        }
        if (nesting >= MAX_NESTING) {
            return new JvmValue.Unknown("nested too deep");
        }
        nesting++;
        try {
            return evalNode(node);
        } catch (RuntimeException e) {
            return new JvmValue.Unknown("error: " + e.getMessage());
        } finally {
            nesting--;
        }
    }

    /** The value of one node of this language's grammar. */
    protected abstract JvmValue evalNode(TSNode node);
}
