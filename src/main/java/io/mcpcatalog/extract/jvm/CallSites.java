package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The calls, in the same file, of the helper method that encloses a node, with the helper's parameters bound
 * to each call's arguments: a tool built from parameters ({@code tool(String name, String description)}) is one
 * tool per call of the helper.
 */
final class CallSites {

    private static final int MAX_SITES = 500;

    /** One call of the helper: where it is, and an evaluator with the parameters bound to its arguments. */
    record Site(TSNode call, JvmEvaluator evaluator) {
    }

    private CallSites() {
    }

    static List<Site> of(JvmEvaluator ev, TSNode node) {
        ParsedFile file = ev.file();
        Optional<TSNode> helper = Nodes.ancestor(node, JvmMethods.FUNCTIONS.toArray(String[]::new));
        if (helper.isEmpty()) {
            return List.of();
        }
        String name = JvmMethods.nameOf(file, helper.get());
        List<String> parameters = JvmMethods.parameterNames(file, helper.get());
        if (parameters.isEmpty() || name.isEmpty()) {
            return List.of();
        }
        boolean kotlin = file.language() == Language.KOTLIN;
        List<Site> sites = new ArrayList<>();
        Set<String> calls = Set.of(kotlin ? "call_expression" : "method_invocation");
        for (TSNode call : Nodes.descendants(file.root(), calls, 400)) {
            boolean lambdaWrapper = kotlin && call.getNamedChild(0).getType().equals("call_expression");
            if (sites.size() >= MAX_SITES || lambdaWrapper || Nodes.contains(helper.get(), call)) {
                continue;
            }
            List<TSNode> args = arguments(file, call, name, kotlin && isExtension(file, helper.get()));
            if (args == null || args.size() > parameters.size() || !kotlin && args.size() != parameters.size()) {
                continue;
            }
            Map<String, JvmEvaluator.Bound> bound = JvmMethods.bind(ev, file, parameters, args);
            sites.add(new Site(call, ev.withBindings(bound)));
        }
        return sites;
    }

    /** A Kotlin extension function ({@code fun Server.tool(..)}), called on any receiver. */
    private static boolean isExtension(ParsedFile file, TSNode function) {
        for (TSNode child : Nodes.children(function)) {
            if (child.getType().equals("simple_identifier")) {
                return false;
            }
            if (child.getType().equals("user_type")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The arguments of {@code call} when it calls {@code name} unqualified, on this, on a type (static), or on any
     * receiver for an extension function; else null.
     */
    private static List<TSNode> arguments(ParsedFile file, TSNode call, String name, boolean anyReceiver) {
        if (file.language() == Language.KOTLIN) {
            KotlinArgs args = KotlinArgs.of(call);
            String callee = args.callee().getType().equals("navigation_expression")
                    ? KotlinCalls.memberName(file, args.callee()) : file.text(args.callee());
            boolean direct = anyReceiver || args.callee().getType().equals("simple_identifier")
                    || file.text(args.callee().getNamedChild(0)).equals("this");
            boolean called = callee.equals(name) && direct && Nodes.firstNamed(call, "call_suffix").isPresent();
            return called ? args.arguments() : null;
        }
        TSNode object = call.getChildByFieldName("object");
        boolean direct = !Nodes.present(object) || object.getType().equals("this")
                || Character.isUpperCase(file.text(object).charAt(0));
        boolean called = direct && name.equals(file.text(call.getChildByFieldName("name")));
        return called ? JavaCalls.argumentNodes(call) : null;
    }
}
