package io.mcpcatalog.extract.jvm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Calls whose result is known statically, in Java or Kotlin: collection and string factories
 * ({@code Map.of}, {@code List.of}, {@code String.format}, {@code String.join}), string methods, enum constant
 * accessors, JSON parsing of a literal (the literal is the value), and repository helpers that return one expression.
 */
final class JvmFunctions {

    private static final Set<String> JSON_PARSERS = Set.of("readTree", "readValue", "parseString", "parse",
            "parseToJsonElement", "decodeFromString", "fromJson", "convertValue");

    private JvmFunctions() {
    }

    /** {@code owner.name(args)} where owner is a type (or null for an unqualified call). */
    static JvmValue call(JvmEvaluator ev, String owner, String name, List<TSNode> argNodes) {
        String type = owner == null ? "" : owner.substring(owner.lastIndexOf('.') + 1);
        List<JvmValue> args = argNodes.stream().map(ev::eval).toList();
        switch (type + "." + name) {
            case "Map.of", "ImmutableMap.of", "Map.ofEntries", "Collections.singletonMap", "Map.entry" -> {
                return map(args);
            }
            case "List.of", "Set.of", "Arrays.asList", "ImmutableList.of", "ImmutableSet.of", "Stream.of",
                 "Collections.singletonList", "Collections.singleton" -> {
                return JvmValue.list(args);
            }
            case "Collections.emptyList", "Collections.emptySet", "List.copyOf" -> {
                return args.isEmpty() ? JvmValue.list(List.of()) : args.get(0);
            }
            case "Collections.emptyMap", "Map.copyOf", "Collections.unmodifiableMap",
                 "Collections.unmodifiableList" -> {
                return args.isEmpty() ? new JvmValue.MapValue(Map.of()) : args.get(0);
            }
            case "String.format" -> {
                return args.isEmpty() ? JvmValue.UNKNOWN : format(args.get(0), args.subList(1, args.size()));
            }
            case "String.join" -> {
                return join(args);
            }
            case "String.valueOf" -> {
                return args.isEmpty() ? JvmValue.UNKNOWN : JvmValue.asText(args.get(0)).map(t -> (JvmValue) t)
                        .orElse(new JvmValue.Text("", true));
            }
            default -> {
            }
        }
        if (JSON_PARSERS.contains(name) && !args.isEmpty() && args.get(0) instanceof JvmValue.Text) {
            return args.get(0);
        }
        return JvmMethods.inline(ev, owner, name, argNodes);
    }

    /** {@code target.method(args)} on a value. */
    static JvmValue method(JvmEvaluator ev, JvmValue target, String method, List<TSNode> argNodes) {
        List<JvmValue> args = argNodes.stream().map(ev::eval).toList();
        if (JSON_PARSERS.contains(method) && !args.isEmpty() && args.get(0) instanceof JvmValue.Text) {
            return args.get(0);
        }
        if (target instanceof JvmValue.Instance self) {
            return JvmMethods.inlineIn(ev, self, self.decl(), method, argNodes, 0);
        }
        if (target instanceof JvmValue.EnumConstant constant) {
            if (method.equals("name") || method.equals("toString")) {
                return JvmValue.text(constant.name());
            }
            return constant.args().stream().filter(a -> a instanceof JvmValue.Text).findFirst()
                    .orElse(new JvmValue.Unknown("enum accessor"));
        }
        if (!(target instanceof JvmValue.Text text)) {
            return new JvmValue.Unknown("call " + method);
        }
        String s = text.text();
        JvmValue result = switch (method) {
            case "trim", "strip" -> JvmValue.text(s.strip());
            case "stripIndent" -> JvmValue.text(s.stripIndent());
            case "stripLeading" -> JvmValue.text(s.stripLeading());
            case "stripTrailing" -> JvmValue.text(s.stripTrailing());
            case "toLowerCase", "lowercase" -> JvmValue.text(s.toLowerCase(Locale.ROOT));
            case "toUpperCase", "uppercase" -> JvmValue.text(s.toUpperCase(Locale.ROOT));
            case "toString", "intern" -> text;
            case "trimIndent" -> JvmValue.text(JvmStrings.trimIndent(s));
            case "trimMargin" -> JvmValue.text(JvmStrings.trimMargin(s,
                    args.isEmpty() ? "|" : JvmValue.fullText(args.get(0)).orElse("|")));
            case "formatted", "format" -> format(text, args);
            case "concat", "plus" -> args.isEmpty() ? JvmValue.UNKNOWN : JvmValue.concat(text, args.get(0));
            case "repeat" -> args.size() == 1 && args.get(0) instanceof JvmValue.Num n
                    ? JvmValue.text(s.repeat(n.value().intValue())) : JvmValue.UNKNOWN;
            default -> new JvmValue.Unknown("call " + method);
        };
        return result instanceof JvmValue.Text t && text.partial() ? new JvmValue.Text(t.text(), true) : result;
    }

    /** String.format: exact when every argument is known, else the format itself as the static part. */
    static JvmValue format(JvmValue format, List<JvmValue> args) {
        if (!(format instanceof JvmValue.Text text)) {
            return JvmValue.UNKNOWN;
        }
        List<Object> values = new ArrayList<>();
        for (JvmValue arg : args) {
            if (arg instanceof JvmValue.Num num) {
                values.add(num.value());
            } else if (arg instanceof JvmValue.Bool bool) {
                values.add(bool.value());
            } else if (JvmValue.fullText(arg).isPresent()) {
                values.add(JvmValue.fullText(arg).get());
            } else {
                return new JvmValue.Text(text.text(), true);
            }
        }
        try {
            return new JvmValue.Text(String.format(Locale.ROOT, text.text(), values.toArray()), text.partial());
        } catch (RuntimeException e) {
            return new JvmValue.Text(text.text(), true);
        }
    }

    private static JvmValue join(List<JvmValue> args) {
        if (args.size() < 2 || JvmValue.fullText(args.get(0)).isEmpty()) {
            return new JvmValue.Text("", true);
        }
        List<JvmValue> parts = args.size() == 2 && args.get(1) instanceof JvmValue.ListValue list
                ? list.items() : args.subList(1, args.size());
        List<String> texts = new ArrayList<>();
        boolean partial = false;
        for (JvmValue part : parts) {
            JvmValue.Text text = JvmValue.asText(part).orElse(new JvmValue.Text("", true));
            texts.add(text.text());
            partial |= text.partial();
        }
        return new JvmValue.Text(String.join(JvmValue.fullText(args.get(0)).get(), texts), partial);
    }

    /** Map.of(k1, v1, ...), Map.ofEntries(entry...), Map.entry(k, v): keys rendered as text. */
    static JvmValue map(List<JvmValue> args) {
        Map<String, JvmValue> entries = new LinkedHashMap<>();
        boolean ofEntries = !args.isEmpty() && args.stream().allMatch(a -> a instanceof JvmValue.MapValue);
        if (ofEntries) {
            args.forEach(a -> entries.putAll(((JvmValue.MapValue) a).entries()));
            return new JvmValue.MapValue(entries);
        }
        for (int i = 0; i + 1 < args.size(); i += 2) {
            JvmValue value = args.get(i + 1);
            JvmValue.asText(args.get(i)).ifPresent(key -> entries.put(key.text(), value));
        }
        return new JvmValue.MapValue(entries);
    }
}
