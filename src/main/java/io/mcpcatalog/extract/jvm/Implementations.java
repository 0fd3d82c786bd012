package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Tools built from an object's methods or properties ({@code new Tool(tool.getName(), tool.getDescription(), ..)}
 * over a typed receiver, or {@code name()} called in an abstract base class): one evaluation per concrete class of
 * the repository that implements or extends the receiver's type, with the receiver bound to an instance of it.
 */
final class Implementations {

    private static final int MAX_CLASSES = 200;

    /** A concrete class and an evaluator in which the receiver is an instance of it. */
    record Expansion(ClassFinder.Decl type, JvmEvaluator evaluator) {
    }

    private record Receiver(String name, String type) {
    }

    private Implementations() {
    }

    static List<Expansion> of(JvmEvaluator ev, TSNode node) {
        Optional<Receiver> receiver = receiver(ev.file(), node);
        if (receiver.isEmpty()) {
            return List.of();
        }
        List<Expansion> expansions = new ArrayList<>();
        for (ClassFinder.Decl type : concreteSubtypes(ev, receiver.get().type())) {
            Map<String, JvmEvaluator.Bound> bound = new HashMap<>(ev.bindings());
            bound.put(receiver.get().name(), JvmEvaluator.Bound.of(new JvmValue.Instance(type)));
            expansions.add(new Expansion(type, ev.withBindings(bound)));
        }
        return expansions;
    }

    /** The first typed variable whose members the node reads, else "this" inside an abstract class or interface. */
    private static Optional<Receiver> receiver(ParsedFile file, TSNode node) {
        boolean kotlin = file.language() == Language.KOTLIN;
        Set<String> reads = Set.of(kotlin ? "navigation_expression" : "method_invocation");
        for (TSNode read : Nodes.descendants(node, reads, 40)) {
            TSNode object = kotlin ? read.getNamedChild(0) : read.getChildByFieldName("object");
            boolean variable = Nodes.present(object)
                    && object.getType().equals(kotlin ? "simple_identifier" : "identifier")
                    && Character.isLowerCase(file.text(object).charAt(0));
            if (variable) {
                Optional<String> type = DeclaredTypes.of(file, object, file.text(object))
                        .filter(t -> !JvmTypes.isLibrary(file, JsonTypes.raw(t)) && !JsonTypes.of(t).equals("string"));
                if (type.isPresent()) {
                    return Optional.of(new Receiver(file.text(object), type.get()));
                }
            }
        }
        return Nodes.ancestor(node, ClassFinder.DECLARATIONS.toArray(String[]::new))
                .filter(owner -> !Supertypes.concrete(new ClassFinder.Decl(file, owner)))
                .map(owner -> new Receiver("this", ClassFinder.nameOf(file, owner)));
    }

    /** The concrete classes and objects of the repository that are (or extend, or implement) {@code typeName}. */
    private static List<ClassFinder.Decl> concreteSubtypes(JvmEvaluator ev, String typeName) {
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        List<ClassFinder.Decl> found = new ArrayList<>();
        ClassFinder.find(ev.file(), ev.index(), typeName).filter(Supertypes::concrete).ifPresent(found::add);
        collect(ev, simple, found, 0);
        return found;
    }

    private static void collect(JvmEvaluator ev, String simple, List<ClassFinder.Decl> found, int level) {
        if (level > 3) {
            return;
        }
        for (String path : List.copyOf(ev.index().paths())) {
            if (found.size() >= MAX_CLASSES || !ev.index().text(path).map(t -> t.contains(simple)).orElse(false)) {
                continue;
            }
            Optional<ParsedFile> file = ev.index().parsed(path);
            List<TSNode> declarations = file.map(f -> Nodes.descendants(f.root(), ClassFinder.DECLARATIONS, 12))
                    .orElse(List.of());
            for (TSNode node : declarations) {
                ClassFinder.Decl decl = new ClassFinder.Decl(file.get(), node);
                boolean extendsType = Supertypes.of(decl).stream()
                        .anyMatch(name -> name.equals(simple) || name.endsWith("." + simple));
                if (!extendsType) {
                    continue;
                }
                if (Supertypes.concrete(decl)) {
                    found.add(decl);
                } else {
                    collect(ev, ClassFinder.nameOf(file.get(), node), found, level + 1);
                }
            }
        }
    }
}
