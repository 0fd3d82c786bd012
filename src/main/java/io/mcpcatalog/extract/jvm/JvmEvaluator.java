package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/** Static evaluation of the expressions of one Java or Kotlin file ({@link JavaEvaluator}, {@link KotlinEvaluator}). */
interface JvmEvaluator {

    /**
     * A name bound for one evaluation: to a call-site argument (an expression evaluated in the context of its call
     * site), or to a known value (an instance of a class of the repository, for "this" or a typed receiver).
     */
    record Bound(JvmEvaluator context, TSNode node, JvmValue value) {

        Bound(JvmEvaluator context, TSNode node) {
            this(context, node, null);
        }

        static Bound of(JvmValue value) {
            return new Bound(null, null, value);
        }

        JvmValue resolve() {
            return value != null ? value : context.eval(node);
        }
    }

    ParsedFile file();

    SourceIndex index();

    /** Parameter names bound to call-site arguments, for evaluating the body of a helper method. */
    Map<String, Bound> bindings();

    JvmEvaluator withBindings(Map<String, Bound> bindings);

    /** The instance "this" is bound to, when evaluating for one class of a hierarchy. */
    default Optional<JvmValue.Instance> self() {
        Bound self = bindings().get("this");
        return self != null && self.resolve() instanceof JvmValue.Instance instance ? Optional.of(instance)
                : Optional.empty();
    }

    JvmValue eval(TSNode node);

    /** An evaluator for following a name into {@code other} (or this file), one level deeper; null when too deep. */
    JvmEvaluator deeper(ParsedFile other);

    /** How many declarations a name may be followed through (constant to constant, file to file). */
    int MAX_DEPTH = 12;

    /** How deeply expressions may nest (long concatenations, chains) before evaluation gives up. */
    int MAX_NESTING = 300;

    static JvmEvaluator of(ParsedFile file, SourceIndex index) {
        return of(file, index, Map.of(), 0);
    }

    static JvmEvaluator of(ParsedFile file, SourceIndex index, Map<String, Bound> bindings, int depth) {
        return file.language() == Language.KOTLIN ? new KotlinEvaluator(file, index, bindings, depth)
                : new JavaEvaluator(file, index, bindings, depth);
    }
}
