package io.mcpcatalog.extract.typescript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * When a registration sits in a loop over definitions (`defs.forEach(d => server.tool(d.name, ...))`,
 * `for (const d of defs)`, `for (const [name, d] of Object.entries(defs))`, `.map(...)`), one binding of the
 * loop variables per element, so that the registration's arguments can be read for each definition.
 */
final class LoopBindings {

    private static final int MAX_BINDINGS = 1_000;

    private LoopBindings() {
    }

    /** The environments to read {@code call}'s arguments in: one empty map when it is not in a loop. */
    static List<Map<String, Ref>> of(Resolver resolver, Ref call) {
        List<Map<String, Ref>> envs = new ArrayList<>();
        envs.add(Map.of());
        TSNode node = call.node();
        for (int steps = 0; steps < 40 && Ts.present(node.getParent()); steps++) {
            TSNode parent = node.getParent();
            List<Map<String, Ref>> elements = List.of();
            if (Ts.isFunction(node) && Ts.is(parent, "arguments") && isIteration(call, parent.getParent())) {
                TSNode callee = parent.getParent().getChildByFieldName("function");
                Ref collection = call.at(callee.getChildByFieldName("object"));
                elements = callbackBindings(resolver, call.at(node), collection);
            } else if (Ts.is(parent, "for_in_statement") && Ts.present(parent.getChildByFieldName("right"))
                    && Ts.contains(parent.getChildByFieldName("body"), call.node())) {
                elements = forOfBindings(resolver, call.at(parent));
            }
            if (!elements.isEmpty()) {
                List<Map<String, Ref>> product = new ArrayList<>();
                for (Map<String, Ref> outer : elements) {
                    for (Map<String, Ref> inner : envs) {
                        if (product.size() < MAX_BINDINGS) {
                            Map<String, Ref> merged = new HashMap<>(outer);
                            merged.putAll(inner);
                            product.add(merged);
                        }
                    }
                }
                envs = product;
            }
            node = parent;
        }
        return envs;
    }

    private static boolean isIteration(Ref ref, TSNode call) {
        if (!Ts.is(call, "call_expression")) {
            return false;
        }
        TSNode callee = call.getChildByFieldName("function");
        return Ts.is(callee, "member_expression") && ref.file().text(callee.getChildByFieldName("property"))
                .matches("forEach|map|flatMap|filter|some|every|reduce");
    }

    private static List<Map<String, Ref>> callbackBindings(Resolver resolver, Ref callback, Ref collection) {
        List<Map<String, Ref>> bindings = new ArrayList<>();
        for (Ref element : resolver.elements(collection)) {
            bindings.add(resolver.bind(callback, List.of(element)));
        }
        return bindings;
    }

    private static List<Map<String, Ref>> forOfBindings(Resolver resolver, Ref loop) {
        TSNode left = loop.node().getChildByFieldName("left");
        Ref right = loop.at(loop.node().getChildByFieldName("right"));
        List<Map<String, Ref>> bindings = new ArrayList<>();
        for (Ref element : resolver.elements(right)) {
            Map<String, Ref> env = new HashMap<>();
            resolver.bindPattern(loop.at(left), element, env);
            bindings.add(env);
        }
        return bindings;
    }
}
