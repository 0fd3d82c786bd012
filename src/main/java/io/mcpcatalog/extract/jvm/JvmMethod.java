package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A Java method or Kotlin function as an annotation-driven SDK sees it: its name, its annotations (evaluated)
 * and its parameters with their written types, annotations, nullability and default values.
 */
record JvmMethod(String name, TSNode node, List<Annotated> annotations, List<Param> params) {

    /** An annotation use: its node (for the line) and its value. */
    record Annotated(TSNode node, JvmValue.Call value) {
    }

    /**
     * A parameter. {@code type} is the written type without annotations; {@code nullable} for Kotlin {@code T?};
     * {@code hasDefault} for a Kotlin default value.
     */
    record Param(String name, String type, boolean nullable, boolean hasDefault, List<Annotated> annotations) {

        Optional<JvmValue.Call> annotation(List<String> simpleNames) {
            return annotations.stream().map(Annotated::value).filter(a -> a.typeIs(simpleNames.toArray(String[]::new)))
                    .findFirst();
        }
    }

    Optional<Annotated> annotation(List<String> simpleNames) {
        return annotations.stream().filter(a -> a.value().typeIs(simpleNames.toArray(String[]::new))).findFirst();
    }

    static JvmMethod of(JvmEvaluator ev, TSNode declaration) {
        ParsedFile file = ev.file();
        List<Annotated> annotations = annotations(ev, Nodes.firstNamed(declaration, "modifiers").orElse(null));
        List<Param> params = new ArrayList<>();
        if (file.language() == Language.KOTLIN) {
            Nodes.firstNamed(declaration, "function_value_parameters")
                    .ifPresent(list -> params.addAll(kotlinParams(ev, list, "parameter")));
        } else {
            Nodes.field(declaration, "parameters").ifPresent(list -> {
                for (TSNode parameter : Nodes.children(list, "formal_parameter", "spread_parameter")) {
                    List<Annotated> own = annotations(ev, Nodes.firstNamed(parameter, "modifiers").orElse(null));
                    String name = Nodes.field(parameter, "name")
                            .or(() -> Nodes.firstNamed(parameter, "variable_declarator")
                                    .map(d -> d.getChildByFieldName("name")))
                            .map(file::text).orElse("");
                    String type = Nodes.field(parameter, "type")
                            .map(t -> file.text(t).replaceAll("@\\w+(\\([^)]*\\))?\\s*", "")).orElse("Object");
                    params.add(new Param(name, parameter.getType().equals("spread_parameter") ? type + "[]" : type,
                            false, false, own));
                }
            });
        }
        return new JvmMethod(JvmMethods.nameOf(file, declaration), declaration, annotations, params);
    }

    /**
     * Kotlin parameters ({@code parameter} of a function, {@code class_parameter} of a primary constructor), with
     * their annotations (a preceding parameter_modifiers, or their own modifiers) and default values.
     */
    static List<Param> kotlinParams(JvmEvaluator ev, TSNode list, String parameterType) {
        List<Param> params = new ArrayList<>();
        List<Annotated> pending = new ArrayList<>();
        for (TSNode child : Nodes.allChildren(list)) {
            if (child.getType().equals("parameter_modifiers")) {
                pending.addAll(annotations(ev, child));
            } else if (child.getType().equals(parameterType)) {
                pending.addAll(annotations(ev, Nodes.firstNamed(child, "modifiers").orElse(null)));
                Param param = kotlinParam(ev.file(), child, pending);
                boolean hasDefault = Nodes.hasToken(child, "=");
                params.add(hasDefault
                        ? new Param(param.name(), param.type(), param.nullable(), true, param.annotations()) : param);
                pending = new ArrayList<>();
            } else if (!child.isNamed() && child.getType().equals("=") && !params.isEmpty()) {
                Param last = params.remove(params.size() - 1);
                params.add(new Param(last.name(), last.type(), last.nullable(), true, last.annotations()));
            }
        }
        return params;
    }

    private static Param kotlinParam(ParsedFile file, TSNode parameter, List<Annotated> annotations) {
        String name = Nodes.firstNamed(parameter, "simple_identifier").map(file::text).orElse("");
        TSNode type = Nodes.children(parameter).stream().filter(n -> Set.of("user_type", "nullable_type",
                "function_type", "parenthesized_type", "not_nullable_type").contains(n.getType()))
                .findFirst().orElse(null);
        boolean nullable = type != null && type.getType().equals("nullable_type");
        String text = type == null ? "Any" : file.text(type).replaceAll("\\?$", "").replaceAll("\\s+", "");
        return new Param(name, text, nullable, false, List.copyOf(annotations));
    }

    static List<Annotated> annotations(JvmEvaluator ev, TSNode modifiers) {
        List<Annotated> found = new ArrayList<>();
        if (modifiers == null) {
            return found;
        }
        for (TSNode node : Nodes.children(modifiers, "annotation", "marker_annotation")) {
            if (ev.eval(node) instanceof JvmValue.Call call) {
                found.add(new Annotated(node, call));
            }
        }
        return found;
    }
}
