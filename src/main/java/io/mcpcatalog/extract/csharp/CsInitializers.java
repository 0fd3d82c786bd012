package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.ParsedFile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.treesitter.TSNode;

/** The {@code Member = value} assignments of an object creation's initializer ({@code new X { A = 1 }}, {@code new() { .. }}). */
final class CsInitializers {

    private CsInitializers() {
    }

    static Map<String, TSNode> assignments(ParsedFile file, TSNode creation) {
        Map<String, TSNode> values = new LinkedHashMap<>();
        TSNode initializer = SyntaxNodes.field(creation, "initializer");
        if (initializer == null) {
            initializer = CsNodes.childrenOfType(creation, "initializer_expression").stream().findFirst().orElse(null);
        }
        for (TSNode assignment : CsNodes.childrenOfType(initializer, "assignment_expression")) {
            TSNode left = SyntaxNodes.field(assignment, "left");
            TSNode right = SyntaxNodes.field(assignment, "right");
            if (left != null && right != null) {
                values.put(file.text(left), right);
            }
        }
        return values;
    }
}
