package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Tool arguments from typed parameters (of a tool method, or the components of an input record or class):
 * name and description from the family's parameter annotation (else Jackson / OpenAPI descriptions), JSON type
 * from the written type (enums of the repository as strings with their constants), and whether it is required.
 */
final class ParamSchemas {

    private ParamSchemas() {
    }

    static List<ToolParam> toolParams(JvmEvaluator ev, List<JvmMethod.Param> declared, AnnotationFamily family,
                                      boolean requiredByDefault) {
        List<ToolParam> params = new ArrayList<>();
        for (JvmMethod.Param param : declared) {
            boolean injected = family.injectedTypes().contains(JsonTypes.raw(param.type()))
                    || param.annotation(List.copyOf(family.skippedParamAnnotations())).isPresent();
            if (injected) {
                continue;
            }
            Optional<JvmValue.Call> annotation = param.annotation(family.paramAnnotations());
            String name = annotation.flatMap(a -> AnnotatedTools.elementName(a, param.name())).orElse(param.name());
            String description = annotation.flatMap(a -> a.named("description"))
                    .or(() -> param.annotation(List.of("JsonPropertyDescription")).flatMap(a -> a.named("value")))
                    .or(() -> param.annotation(List.of("Schema")).flatMap(a -> a.named("description")))
                    .flatMap(JvmValue::asText).map(JvmValue.Text::text).filter(d -> !d.isEmpty()).orElse(null);
            Optional<Boolean> required = annotation.flatMap(a -> a.named("required")).flatMap(JvmValue::asBoolean);
            boolean optional = JsonTypes.isOptional(param.type())
                    || annotation.flatMap(a -> a.named("defaultValue")).isPresent()
                    || family.nullableIsOptional() && (param.nullable() || param.hasDefault()
                    || param.annotation(List.of("Nullable")).isPresent());
            List<String> enumValues = JvmTypes.enumConstants(ev, param.type());
            String type = enumValues.isEmpty() ? JsonTypes.of(param.type()) : "string";
            boolean isRequired = required.orElse(requiredByDefault && !optional);
            params.add(new ToolParam(name, type, isRequired, description, enumValues));
        }
        return params;
    }

    /**
     * The properties of an input type: the components of a Java record, the instance fields of a Java class,
     * the constructor properties of a Kotlin (data) class. Empty when the type is not found in the repository.
     */
    static List<JvmMethod.Param> properties(JvmEvaluator ev, String typeName) {
        Optional<ClassFinder.Decl> decl = ClassFinder.find(ev.file(), ev.index(), typeName);
        JvmEvaluator declared = decl.map(d -> ev.deeper(d.file())).orElse(null);
        if (decl.isEmpty() || declared == null) {
            return List.of();
        }
        TSNode node = decl.get().node();
        if (decl.get().file().language() == Language.KOTLIN) {
            return Nodes.firstNamed(node, "primary_constructor")
                    .map(c -> JvmMethod.kotlinParams(declared, c, "class_parameter")).orElse(List.of());
        }
        if (node.getType().equals("record_declaration")) {
            return JvmMethod.of(declared, node).params();
        }
        List<JvmMethod.Param> fields = new ArrayList<>();
        Nodes.field(node, "body").ifPresent(body -> {
            for (TSNode field : Nodes.children(body, "field_declaration")) {
                String modifiers = Nodes.firstNamed(field, "modifiers").map(m -> declared.file().text(m)).orElse("");
                if (modifiers.matches("(?s).*\\bstatic\\b.*")) {
                    continue;
                }
                List<JvmMethod.Annotated> annotations = JvmMethod.annotations(declared,
                        Nodes.firstNamed(field, "modifiers").orElse(null));
                String type = Nodes.field(field, "type").map(t -> declared.file().text(t)).orElse("Object");
                for (TSNode declarator : Nodes.children(field, "variable_declarator")) {
                    String name = Nodes.field(declarator, "name").map(n -> declared.file().text(n)).orElse("");
                    fields.add(new JvmMethod.Param(name, type, false, false, annotations));
                }
            }
        });
        return fields;
    }
}
