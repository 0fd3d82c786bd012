package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Methods and functions of the repository as seen from a call: their parameter names, the single expression
 * they return, and the binding of a call's arguments (positional, or Kotlin named) to their parameters.
 */
final class JvmMethods {

    static final Set<String> FUNCTIONS = Set.of("method_declaration", "function_declaration");

    private JvmMethods() {
    }

    /** The value {@code owner.name(args)} returns, when the method returns a single expression. */
    static JvmValue inline(JvmEvaluator ev, String owner, String name, List<TSNode> argNodes) {
        Optional<JvmValue.Instance> self = owner == null ? ev.self() : Optional.empty();
        if (self.isPresent()) {
            JvmValue virtual = inlineIn(ev, self.get(), self.get().decl(), name, argNodes, 0);
            if (!(virtual instanceof JvmValue.Unknown)) {
                return virtual;
            }
        }
        Optional<ClassFinder.Decl> scope = owner == null
                ? Optional.of(new ClassFinder.Decl(ev.file(), ev.file().root()))
                : ClassFinder.find(ev.file(), ev.index(), owner);
        if (scope.isEmpty()) {
            return new JvmValue.Unknown("call " + name);
        }
        ParsedFile file = scope.get().file();
        for (TSNode method : Nodes.descendants(scope.get().node(), FUNCTIONS, 8)) {
            Optional<JvmValue> value = call(ev, file, method, name, argNodes, null);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return new JvmValue.Unknown("call " + name);
    }

    /**
     * The value {@code self.name(args)} returns, for an instance of a class of the repository: the method as
     * declared in the class or inherited from its superclasses and interfaces (default methods), with "this"
     * still the instance, so that overridden methods called from a base class are the instance's.
     */
    static JvmValue inlineIn(JvmEvaluator ev, JvmValue.Instance self, ClassFinder.Decl decl, String name,
                             List<TSNode> argNodes, int level) {
        if (level > 4) {
            return new JvmValue.Unknown("hierarchy too deep");
        }
        for (TSNode method : Nodes.descendants(decl.node(), FUNCTIONS, 3)) {
            boolean own = Nodes.ancestor(method, ClassFinder.DECLARATIONS.toArray(String[]::new))
                    .map(owner -> Nodes.same(owner, decl.node())).orElse(false);
            Optional<JvmValue> value = own ? call(ev, decl.file(), method, name, argNodes, self) : Optional.empty();
            if (value.isPresent()) {
                return value.get();
            }
        }
        for (String supertype : Supertypes.of(decl)) {
            Optional<ClassFinder.Decl> parent = ClassFinder.find(decl.file(), ev.index(), supertype);
            if (parent.isPresent()) {
                JvmValue inherited = inlineIn(ev, self, parent.get(), name, argNodes, level + 1);
                if (!(inherited instanceof JvmValue.Unknown)) {
                    return inherited;
                }
            }
        }
        return new JvmValue.Unknown("call " + name);
    }

    /** The value of one call of {@code method} when it is the method called and returns one expression. */
    private static Optional<JvmValue> call(JvmEvaluator ev, ParsedFile file, TSNode method, String name,
                                           List<TSNode> argNodes, JvmValue.Instance self) {
        List<String> parameters = parameterNames(file, method);
        boolean arity = file.language() == Language.KOTLIN ? argNodes.size() <= parameters.size()
                : argNodes.size() == parameters.size();
        if (!name.equals(nameOf(file, method)) || !arity) {
            return Optional.empty();
        }
        Optional<TSNode> returned = returnedExpression(file, method);
        JvmEvaluator target = ev.deeper(file);
        if (returned.isEmpty() || target == null) {
            return Optional.empty();
        }
        Map<String, JvmEvaluator.Bound> bound = bind(ev, file, parameters, argNodes);
        if (self != null) {
            bound.put("this", JvmEvaluator.Bound.of(self));
        }
        return Optional.of(target.withBindings(bound).eval(returned.get()));
    }

    static String nameOf(ParsedFile file, TSNode function) {
        return Nodes.field(function, "name").or(() -> Nodes.firstNamed(function, "simple_identifier"))
                .map(file::text).orElse("");
    }

    static List<String> parameterNames(ParsedFile file, TSNode function) {
        List<String> names = new ArrayList<>();
        if (file.language() == Language.KOTLIN) {
            Nodes.firstNamed(function, "function_value_parameters").ifPresent(params -> {
                for (TSNode parameter : Nodes.children(params, "parameter")) {
                    Nodes.firstNamed(parameter, "simple_identifier").ifPresent(id -> names.add(file.text(id)));
                }
            });
        } else {
            Nodes.field(function, "parameters").ifPresent(params -> {
                for (TSNode parameter : Nodes.children(params, "formal_parameter", "spread_parameter")) {
                    Nodes.field(parameter, "name").ifPresent(id -> names.add(file.text(id)));
                }
            });
        }
        return names;
    }

    /** The expression a method returns when its body is one expression or has exactly one top-level return. */
    static Optional<TSNode> returnedExpression(ParsedFile file, TSNode function) {
        TSNode body = Nodes.field(function, "body").or(() -> Nodes.firstNamed(function, "function_body")).orElse(null);
        if (body == null) {
            return Optional.empty();
        }
        if (file.language() == Language.KOTLIN && Nodes.hasToken(body, "=")) {
            return Nodes.children(body).stream().reduce((a, b) -> b);
        }
        TSNode statements = file.language() == Language.KOTLIN
                ? Nodes.firstNamed(body, "block").flatMap(b -> Nodes.firstNamed(b, "statements")).orElse(null) : body;
        if (statements == null) {
            return Optional.empty();
        }
        List<TSNode> returns = new ArrayList<>();
        for (TSNode statement : Nodes.children(statements)) {
            if (statement.getType().equals("return_statement")
                    || statement.getType().equals("jump_expression") && file.text(statement).startsWith("return")) {
                returns.add(statement);
            }
        }
        if (returns.size() != 1 || returns.get(0).getNamedChildCount() == 0) {
            return Optional.empty();
        }
        return Optional.of(returns.get(0).getNamedChild(returns.get(0).getNamedChildCount() - 1));
    }

    /** Parameter name to call-site argument: positional first, then Kotlin {@code name = value} arguments. */
    static Map<String, JvmEvaluator.Bound> bind(JvmEvaluator callSite, ParsedFile callee, List<String> parameters,
                                                List<TSNode> argNodes) {
        Map<String, JvmEvaluator.Bound> bound = new LinkedHashMap<>();
        for (int i = 0; i < argNodes.size(); i++) {
            TSNode arg = argNodes.get(i);
            Optional<String> named = KotlinArgs.name(callSite.file(), arg);
            String parameter = named.orElse(i < parameters.size() ? parameters.get(i) : null);
            if (parameter != null) {
                bound.put(parameter, new JvmEvaluator.Bound(callSite, KotlinArgs.expression(arg)));
            }
        }
        return bound;
    }
}
