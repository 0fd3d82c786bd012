package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A small static evaluator: follows names, imports, property reads, array spreads and simple function calls to
 * the expressions that define a value. Bounded in depth and steps, so cycles and huge files end it early.
 */
final class Resolver {

    private static final int MAX_DEPTH = 60;
    private static final int MAX_STEPS = 300_000;
    private static final Set<String> PASS_THROUGH_CALLS = Set.of("Object.freeze", "structuredClone", "deepFreeze",
            "Object.seal", "markRaw", "Object.assign");
    private static final Set<String> SAME_ELEMENTS = Set.of("filter", "slice", "sort", "toSorted", "reverse",
            "toReversed", "flat", "concat", "values");

    private final SourceIndex index;
    private final Modules modules;
    private final Scopes scopes;
    private final Exports exports;
    private final Map<String, Ref> resolved = new HashMap<>();
    private int depth;
    private int steps;

    Resolver(SourceIndex index) {
        this.index = index;
        this.modules = new Modules(index);
        this.scopes = new Scopes(this);
        this.exports = new Exports(this);
    }

    SourceIndex index() {
        return index;
    }

    Modules modules() {
        return modules;
    }

    Scopes scopes() {
        return scopes;
    }

    Exports exports() {
        return exports;
    }

    boolean enter() {
        if (depth >= MAX_DEPTH || ++steps > MAX_STEPS) {
            return false;
        }
        depth++;
        return true;
    }

    void exit() {
        depth--;
    }

    /** The expression that defines {@code ref}'s value, or {@code ref} itself (unwrapped) when it cannot be followed. */
    Ref resolve(Ref ref) {
        if (ref == null || !Ts.present(ref.node())) {
            return ref;
        }
        Ref unwrapped = ref.at(Ts.unwrap(ref.node()));
        boolean pure = unwrapped.env().isEmpty();
        if (pure) {
            Ref cached = resolved.get(unwrapped.key());
            if (cached != null) {
                return cached;
            }
        }
        if (!enter()) {
            return unwrapped;
        }
        try {
            Ref result = step(unwrapped).map(this::resolve).orElse(unwrapped);
            if (pure) {
                resolved.put(unwrapped.key(), result);
            }
            return result;
        } finally {
            exit();
        }
    }

    /** One step of evaluation, empty when {@code ref} is already as far as it goes. */
    private Optional<Ref> step(Ref ref) {
        TSNode node = ref.node();
        switch (node.getType()) {
            case "identifier", "shorthand_property_identifier" -> {
                return scopes.lookup(ref, ref.text());
            }
            case "member_expression" -> {
                Ref owner = resolve(ref.at(node.getChildByFieldName("object")));
                return Ts.keyName(node.getChildByFieldName("property"), ref.file()::text).flatMap(key -> property(owner, key));
            }
            case "subscript_expression" -> {
                Ref owner = resolve(ref.at(node.getChildByFieldName("object")));
                return Strings.of(this, ref.at(node.getChildByFieldName("index"))).filter(s -> !s.partial())
                        .flatMap(key -> property(owner, key.value()));
            }
            case "new_expression" -> {
                Ref type = resolve(ref.at(node.getChildByFieldName("constructor")));
                return Ts.isClass(type.node()) ? Optional.of(type) : Optional.empty();
            }
            case "call_expression" -> {
                return call(ref);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<Ref> call(Ref ref) {
        TSNode callee = Ts.unwrap(ref.node().getChildByFieldName("function"));
        List<TSNode> args = arguments(ref.node());
        String calleeText = ref.file().text(callee);
        if (calleeText.equals("require") && args.size() == 1 && Ts.is(args.get(0), "string")) {
            return modules.resolve(ref.file().path(), Strings.literal(args.get(0), ref.file()::text))
                    .map(f -> Ref.of(f, f.root()));
        }
        if (PASS_THROUGH_CALLS.contains(calleeText) && !args.isEmpty()) {
            return Optional.of(ref.at(args.get(args.size() - 1)));
        }
        if (Ts.is(callee, "member_expression") && ref.file().text(callee.getChildByFieldName("property")).equals("bind")) {
            return Optional.of(ref.at(callee.getChildByFieldName("object")));
        }
        if (!Ts.is(callee, "identifier", "member_expression")) {
            return Optional.empty();
        }
        Ref function = resolve(ref.at(callee));
        if (!Ts.isFunction(function.node()) || function.node().equals(ref.node())) {
            return Optional.empty();
        }
        return returned(function, args.stream().map(ref::at).toList());
    }

    static List<TSNode> arguments(TSNode call) {
        TSNode args = call.getChildByFieldName("arguments");
        if (Ts.is(args, "template_string")) {
            return List.of(args);
        }
        return Ts.namedChildren(args);
    }

    /** What a function returns when called with {@code args}: its expression body or its last top-level return. */
    Optional<Ref> returned(Ref function, List<Ref> args) {
        List<Ref> all = returns(function, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every value a function can return (its expression body, or each top-level `return`). */
    List<Ref> returns(Ref function, List<Ref> args) {
        TSNode body = function.node().getChildByFieldName("body");
        if (!Ts.present(body)) {
            return List.of();
        }
        Ref scope = function.with(bind(function, args));
        if (!Ts.is(body, "statement_block")) {
            return List.of(scope.at(body));
        }
        List<TSNode> returns = new ArrayList<>();
        collectReturns(body, returns);
        return returns.stream().map(scope::at).toList();
    }

    private static void collectReturns(TSNode node, List<TSNode> into) {
        for (TSNode child : Ts.namedChildren(node)) {
            if (Ts.is(child, "return_statement")) {
                Ts.namedChildren(child).stream().findFirst().ifPresent(into::add);
            } else if (!Ts.isFunction(child) && !Ts.isClass(child)) {
                collectReturns(child, into);
            }
        }
    }

    /** Parameter name to argument (null when the call gives none) for a call of {@code function}. */
    Map<String, Ref> bind(Ref function, List<Ref> args) {
        Map<String, Ref> bindings = new HashMap<>();
        ParsedFile file = function.file();
        List<TSNode> parameters = Ts.field(function.node(), "parameter").map(List::of)
                .orElseGet(() -> Ts.namedChildren(function.node().getChildByFieldName("parameters")));
        for (int i = 0; i < parameters.size(); i++) {
            TSNode parameter = parameters.get(i);
            TSNode pattern = Ts.unwrapDefault(Ts.field(parameter, "pattern").orElse(parameter));
            bindPattern(function.at(pattern), i < args.size() ? args.get(i) : null, bindings);
        }
        return bindings;
    }

    /** Binds the names of a parameter or loop pattern (identifier, object or array destructuring) to parts of {@code arg}. */
    void bindPattern(Ref pattern, Ref arg, Map<String, Ref> bindings) {
        ParsedFile file = pattern.file();
        TSNode node = Ts.unwrapDefault(pattern.node());
        if (Ts.is(node, "identifier")) {
            bindings.put(file.text(node), arg);
        } else if (Ts.is(node, "object_pattern")) {
            Ref value = arg == null ? null : resolve(arg);
            for (TSNode part : Ts.namedChildren(node)) {
                boolean pair = Ts.is(part, "pair_pattern");
                TSNode local = pair ? Ts.unwrapDefault(part.getChildByFieldName("value")) : Ts.unwrapDefault(part);
                String key = pair ? Ts.keyName(part.getChildByFieldName("key"), file::text).orElse(null) : file.text(local);
                if (Ts.present(local) && key != null) {
                    bindings.put(file.text(local), value == null ? null : property(value, key).orElse(null));
                }
            }
        } else if (Ts.is(node, "array_pattern")) {
            List<Ref> parts = arg == null ? List.of() : elements(arg);
            List<TSNode> names = Ts.namedChildren(node);
            for (int i = 0; i < names.size(); i++) {
                bindPattern(pattern.at(names.get(i)), i < parts.size() ? parts.get(i) : null, bindings);
            }
        }
    }

    /** The expression of property {@code key} of an object literal, class, enum, module or array. */
    Optional<Ref> property(Ref owner, String key) {
        if (owner == null || !enter()) {
            return Optional.empty();
        }
        try {
            return Properties.of(this, owner, key);
        } finally {
            exit();
        }
    }

    /** The elements of an array-valued expression: literals, spreads, Object.values, filter/map/concat chains. */
    List<Ref> elements(Ref ref) {
        if (ref == null || !enter()) {
            return List.of();
        }
        try {
            return Elements.of(this, resolve(ref));
        } finally {
            exit();
        }
    }

    static boolean sameElementsMethod(String name) {
        return SAME_ELEMENTS.contains(name);
    }
}
