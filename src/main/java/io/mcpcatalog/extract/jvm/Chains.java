package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Fluent call chains read upward from one call: {@code x.newTool("a").setDescription("b").register()} seen from
 * {@code newTool("a")} is the calls setDescription, register; and the outermost call of the chain.
 */
final class Chains {

    /** One call of a chain: the method name and its argument nodes (Kotlin value_arguments as they are). */
    record Link(String name, TSNode call, List<TSNode> arguments) {
    }

    private Chains() {
    }

    /** The calls chained on the result of {@code call}, in order. */
    static List<Link> above(ParsedFile file, TSNode call) {
        List<Link> links = new ArrayList<>();
        TSNode current = call;
        while (true) {
            TSNode next = next(file, current);
            if (next == null) {
                return links;
            }
            links.add(file.language() == Language.KOTLIN ? kotlinLink(file, next)
                    : new Link(file.text(next.getChildByFieldName("name")), next, JavaCalls.argumentNodes(next)));
            current = next;
        }
    }

    /** The outermost call of the chain that {@code call} starts. */
    static TSNode outermost(ParsedFile file, TSNode call) {
        TSNode current = call;
        for (TSNode next = next(file, current); next != null; next = next(file, current)) {
            current = next;
        }
        return current;
    }

    /** The call made on the result of {@code current}, if any. */
    private static TSNode next(ParsedFile file, TSNode current) {
        TSNode parent = current.getParent();
        if (!Nodes.present(parent)) {
            return null;
        }
        if (file.language() != Language.KOTLIN) {
            TSNode object = parent.getType().equals("method_invocation") ? parent.getChildByFieldName("object") : null;
            return object != null && Nodes.present(object) && Nodes.same(object, current) ? parent : null;
        }
        if (parent.getType().equals("call_expression") && Nodes.same(parent.getNamedChild(0), current)) {
            current = parent;
            parent = parent.getParent();
            if (!Nodes.present(parent)) {
                return null;
            }
        }
        if (parent.getType().equals("navigation_expression") && Nodes.same(parent.getNamedChild(0), current)) {
            TSNode grand = parent.getParent();
            if (Nodes.present(grand) && grand.getType().equals("call_expression")
                    && Nodes.same(grand.getNamedChild(0), parent)) {
                TSNode outer = grand.getParent();
                boolean trailingLambda = Nodes.present(outer) && outer.getType().equals("call_expression")
                        && Nodes.same(outer.getNamedChild(0), grand);
                return trailingLambda ? outer : grand;
            }
        }
        return null;
    }

    private static Link kotlinLink(ParsedFile file, TSNode call) {
        KotlinArgs args = KotlinArgs.of(call);
        String name = args.callee().getType().equals("navigation_expression")
                ? KotlinCalls.memberName(file, args.callee()) : file.text(args.callee());
        return new Link(name, call, args.arguments());
    }
}
