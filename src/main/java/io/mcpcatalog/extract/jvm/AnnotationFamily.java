package io.mcpcatalog.extract.jvm;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one annotation-driven SDK declares tools on methods: the tool annotation and the packages it comes from,
 * the parameter annotation, whether parameters are required unless said otherwise (per package), the element
 * holding the behaviour hints, the parameter types the SDK injects (not tool arguments), and the description
 * used when none is written (the method name for Spring AI, else empty).
 *
 * @param packages packages the tool annotation is imported from; empty accepts any import
 * @param requiredByPackage required-by-default per package prefix of the tool annotation; "" for the rest
 * @param skippedParamAnnotations parameters carrying one of these annotations are injected, not arguments
 */
record AnnotationFamily(String toolAnnotation, List<String> packages, List<String> paramAnnotations,
                        Map<String, Boolean> requiredByPackage, String hintsElement, Set<String> injectedTypes,
                        Set<String> skippedParamAnnotations, boolean descriptionDefaultsToMethodName,
                        boolean nullableIsOptional) {

    /** Whether parameters are required by default when the tool annotation is imported as {@code qualified}. */
    boolean requiredByDefault(String qualified) {
        for (Map.Entry<String, Boolean> entry : requiredByPackage.entrySet()) {
            if (!entry.getKey().isEmpty() && qualified != null && qualified.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return requiredByPackage.getOrDefault("", true);
    }
}
