package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Kotlin calls and member access: collection builders (listOf, mapOf with {@code to}), kotlinx.serialization JSON
 * (buildJsonObject, JsonPrimitive, JsonObject), constructor calls with named arguments ({@code Tool(name = ...)}),
 * builder chains of Java libraries ({@code Tool.builder().name(..).build()}), string methods and repository helpers.
 */
final class KotlinCalls {

    private static final Set<String> LISTS = Set.of("listOf", "mutableListOf", "arrayListOf", "arrayOf", "setOf",
            "mutableSetOf", "hashSetOf", "linkedSetOf", "listOfNotNull", "emptyList", "emptySet", "emptyArray",
            "JsonArray");
    private static final Set<String> MAPS = Set.of("mapOf", "mutableMapOf", "hashMapOf", "linkedMapOf", "emptyMap",
            "JsonObject");
    private static final Set<String> BUILDER_FACTORIES = Set.of("builder", "newBuilder");

    private KotlinCalls() {
    }

    static JvmValue call(JvmEvaluator ev, TSNode node) {
        ParsedFile file = ev.file();
        KotlinArgs call = KotlinArgs.of(node);
        TSNode callee = call.callee();
        if (callee.getType().equals("simple_identifier")) {
            return function(ev, file.text(callee), call);
        }
        if (!callee.getType().equals("navigation_expression")) {
            return new JvmValue.Unknown("call");
        }
        TSNode receiver = callee.getNamedChild(0);
        String member = memberName(file, callee);
        if (isTypeName(file, receiver)) {
            String owner = file.text(receiver).replaceAll("\\s+", "");
            if (BUILDER_FACTORIES.contains(member)) {
                return new JvmValue.Call(JvmValue.Call.Kind.BUILDER, owner, positional(ev, call), Map.of());
            }
            if (Character.isUpperCase(member.charAt(0))) {
                return construct(ev, owner + "." + member, call);
            }
            JvmValue result = JvmFunctions.call(ev, owner, member, call.arguments());
            if (!(result instanceof JvmValue.Unknown)) {
                return result;
            }
        }
        JvmValue target = ev.eval(receiver);
        if (target instanceof JvmValue.Call builder && builder.kind() == JvmValue.Call.Kind.BUILDER) {
            if (member.equals("build")) {
                return builder;
            }
            Map<String, JvmValue> named = new LinkedHashMap<>(builder.named());
            List<JvmValue> args = positional(ev, call);
            named.put(member, args.isEmpty() ? new JvmValue.Bool(true) : args.get(args.size() - 1));
            return new JvmValue.Call(builder.kind(), builder.type(), builder.args(), named);
        }
        return JvmFunctions.method(ev, target, member, call.arguments());
    }

    /** {@code A.B} (a constant or enum entry of a type) or {@code value.property}. */
    static JvmValue navigation(JvmEvaluator ev, TSNode node) {
        ParsedFile file = ev.file();
        TSNode receiver = node.getNamedChild(0);
        String member = memberName(file, node);
        if (isTypeName(file, receiver)) {
            JvmValue value = JavaNames.member(ev, file.text(receiver).replaceAll("\\s+", ""), member);
            if (!(value instanceof JvmValue.Unknown)) {
                return value;
            }
        }
        JvmValue target = ev.eval(receiver);
        if (target instanceof JvmValue.ClassRef && (member.equals("java") || member.equals("javaObjectType"))) {
            return target;
        }
        if (target instanceof JvmValue.Instance self) {
            return property(ev, self, member);
        }
        return target instanceof JvmValue.EnumConstant ? JvmFunctions.method(ev, target, member, List.of())
                : new JvmValue.Unknown("property " + member);
    }

    /** {@code instance.name}: a Kotlin property of the instance's class, else a getter (Kotlin or Java). */
    static JvmValue property(JvmEvaluator ev, JvmValue.Instance self, String name) {
        if (self.decl().file().language() == io.mcpcatalog.extract.Language.KOTLIN) {
            JvmValue value = KotlinNames.memberOf(ev, self.decl(), name);
            if (!(value instanceof JvmValue.Unknown)) {
                return value;
            }
        }
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        JvmValue viaGetter = JvmMethods.inlineIn(ev, self, self.decl(), getter, List.of(), 0);
        return viaGetter instanceof JvmValue.Unknown ? JvmMethods.inlineIn(ev, self, self.decl(), name, List.of(), 0)
                : viaGetter;
    }

    private static JvmValue function(JvmEvaluator ev, String name, KotlinArgs call) {
        if (LISTS.contains(name)) {
            List<JvmValue> items = positional(ev, call);
            return name.equals("JsonArray") && items.size() == 1 ? items.get(0) : JvmValue.list(items);
        }
        if (MAPS.contains(name)) {
            List<JvmValue> pairs = positional(ev, call);
            return name.equals("JsonObject") && pairs.size() == 1 ? pairs.get(0) : JvmFunctions.map(pairs);
        }
        switch (name) {
            case "buildJsonObject" -> {
                return KotlinJsonDsl.object(ev, call.lambda());
            }
            case "buildJsonArray" -> {
                return KotlinJsonDsl.array(ev, call.lambda());
            }
            case "JsonPrimitive", "Pair" -> {
                List<JvmValue> args = positional(ev, call);
                return name.equals("Pair") && args.size() == 2 ? JvmFunctions.map(args)
                        : args.isEmpty() ? JvmValue.UNKNOWN : args.get(0);
            }
            default -> {
            }
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return construct(ev, name, call);
        }
        return JvmMethods.inline(ev, null, name, call.arguments());
    }

    /** {@code T(a, x = b)}: positional and named arguments, the trailing lambda left out. */
    private static JvmValue construct(JvmEvaluator ev, String type, KotlinArgs call) {
        List<JvmValue> args = new ArrayList<>();
        Map<String, JvmValue> named = new LinkedHashMap<>();
        for (TSNode argument : call.arguments()) {
            JvmValue value = ev.eval(KotlinArgs.expression(argument));
            KotlinArgs.name(ev.file(), argument).ifPresentOrElse(n -> named.put(n, value), () -> args.add(value));
        }
        return new JvmValue.Call(JvmValue.Call.Kind.CONSTRUCTOR, type, args, named);
    }

    private static List<JvmValue> positional(JvmEvaluator ev, KotlinArgs call) {
        return call.arguments().stream().map(a -> ev.eval(KotlinArgs.expression(a))).toList();
    }

    static String memberName(ParsedFile file, TSNode navigation) {
        return Nodes.firstNamed(navigation, "navigation_suffix")
                .flatMap(suffix -> Nodes.firstNamed(suffix, "simple_identifier")).map(file::text).orElse("");
    }

    /** A receiver that names a type or object ({@code Tool}, {@code McpSchema.Tool}) rather than a value. */
    static boolean isTypeName(ParsedFile file, TSNode node) {
        if (node.getType().equals("simple_identifier")) {
            String text = file.text(node);
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !text.equals(text.toUpperCase());
        }
        if (node.getType().equals("navigation_expression")) {
            String text = file.text(node).replaceAll("\\s+", "");
            return text.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")
                    && isTypeName(file, node.getNamedChild(0)) || text.matches("([a-z][a-z0-9_]*\\.)+[A-Z]\\w*");
        }
        return false;
    }
}
