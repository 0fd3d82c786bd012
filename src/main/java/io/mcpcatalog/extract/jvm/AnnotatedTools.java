package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Tools declared by annotating methods (Java) or functions (Kotlin): one tool per method whose tool annotation
 * comes from one of the family's packages, with its parameters (minus injected ones) as arguments.
 */
final class AnnotatedTools {

    /** The default of Quarkus-style name elements, meaning "use the method or parameter name". */
    private static final String ELEMENT_NAME = "<<element name>>";

    private AnnotatedTools() {
    }

    static List<ExtractedTool> extract(ParsedFile file, SourceIndex index, PatternQuery query,
                                       AnnotationFamily family) {
        List<ExtractedTool> tools = new ArrayList<>();
        if (!mayDeclare(file.source().text(), family)) {
            return tools;
        }
        Set<Integer> seen = new HashSet<>();
        JvmImports imports = JvmImports.of(file);
        JvmEvaluator ev = JvmEvaluator.of(file, index);
        for (QueryMatch match : query.matches(file)) {
            try {
                TSNode node = match.first("method").orElse(null);
                if (node == null || !seen.add(node.getStartByte())) {
                    continue;
                }
                JvmMethod method = JvmMethod.of(ev, node);
                Optional<JvmMethod.Annotated> annotation = method.annotation(List.of(family.toolAnnotation()));
                Optional<String> qualified = annotation.flatMap(a -> qualifiedName(imports, a.value(), family));
                if (annotation.isEmpty() || qualified.isEmpty()) {
                    continue;
                }
                JvmValue.Call tool = annotation.get().value();
                Optional<String> name = elementName(tool, method.name());
                if (name.isEmpty()) {
                    continue;
                }
                JvmValue description = tool.named("description")
                        .filter(d -> !JvmValue.fullText(d).map(String::isEmpty).orElse(false))
                        .orElse(JvmValue.text(family.descriptionDefaultsToMethodName() ? method.name() : ""));
                boolean required = family.requiredByDefault(qualified.get());
                List<ToolParam> params = ParamSchemas.toolParams(ev, method.params(), family, required);
                ToolFactory.tool(JvmValue.text(name.get()), description, ToolSchemas.fromParams(params),
                        Hints.of(tool.named(family.hintsElement()).orElse(null)), file, annotation.get().node(),
                        query.id()).ifPresent(tools::add);
            } catch (RuntimeException | StackOverflowError e) {
                // one registration that cannot be read must not cost the others of the file
            }
        }
        return tools;
    }

    /** A cheap first look: the file names the annotation, and one of its packages when the family has some. */
    private static boolean mayDeclare(String text, AnnotationFamily family) {
        return text.contains(family.toolAnnotation())
                && (family.packages().isEmpty() || family.packages().stream().anyMatch(text::contains));
    }

    /**
     * The qualified name of the tool annotation when it is the family's: written qualified, imported by name or
     * by wildcard from one of its packages, or (for families open to any package) imported from anywhere.
     */
    private static Optional<String> qualifiedName(JvmImports imports, JvmValue.Call annotation,
                                                  AnnotationFamily family) {
        String written = annotation.type();
        if (written.contains(".") && !written.equals(annotation.simpleType())) {
            String pkg = written.substring(0, written.lastIndexOf('.'));
            boolean known = family.packages().isEmpty() || family.packages().contains(pkg);
            return known && Character.isLowerCase(written.charAt(0)) ? Optional.of(written) : Optional.empty();
        }
        String simple = annotation.simpleType();
        Optional<String> imported = imports.qualified(simple);
        if (family.packages().isEmpty()) {
            return Optional.of(imported.orElse(imports.packageName() + "." + simple));
        }
        for (String pkg : family.packages()) {
            if (imports.refersTo(simple, List.of(pkg))) {
                return Optional.of(pkg + "." + simple);
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code name} element, or {@code fallback} when it is not set (absent, empty, the "element name"
     * default); empty when it is set to something that cannot be resolved.
     */
    static Optional<String> elementName(JvmValue.Call annotation, String fallback) {
        Optional<JvmValue> written = annotation.named("name");
        if (written.isEmpty()) {
            return Optional.of(fallback);
        }
        Optional<String> text = JvmValue.fullText(written.get());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text.get().isBlank() || text.get().equals(ELEMENT_NAME) ? fallback : text.get());
    }
}
