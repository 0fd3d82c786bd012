package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import org.treesitter.TSNode;

/**
 * What a name refers to: a function or class definition, a value expression (right side of an assignment,
 * or any expression), or a module (then {@code node} is the module's root), with the file it is in.
 */
record PyDef(ParsedFile file, TSNode node, Kind kind) {

    enum Kind { FUNCTION, CLASS, VALUE, MODULE }

    static PyDef of(ParsedFile file, TSNode node) {
        TSNode definition = node;
        if (PyAst.is(node, "decorated_definition")) {
            definition = PyAst.field(node, "definition").orElse(node);
        }
        Kind kind = switch (definition.getType()) {
            case "function_definition" -> Kind.FUNCTION;
            case "class_definition" -> Kind.CLASS;
            case "module" -> Kind.MODULE;
            default -> Kind.VALUE;
        };
        return new PyDef(file, definition, kind);
    }

    /** A stable key of the definition, for telling whether two registrations name the same function. */
    String key() {
        return file.path() + ":" + node.getStartByte();
    }
}
