package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/** Field metadata of a parameter or model attribute: pydantic/dataclass {@code Field(...)}, or an Annotated string. */
final class PyFields {

    /**
     * pydantic's and dataclasses' field(), and FastAPI's parameter functions, whose results are pydantic fields too:
     * a tool parameter declared {@code Header(None, alias="Mcp-Session-Id")} is listed by its alias.
     */
    private static final Set<String> FIELD_FUNCTIONS = Set.of("Field", "field", "Header", "Query",
            "Path", "Body", "Cookie", "Form", "File");

    /** What a Field declares; {@code hasDefault} is null when it does not say. */
    record Field(String description, Boolean hasDefault, String alias) {
    }

    private final PyText text;

    PyFields(PyText text) {
        this.text = text;
    }

    /** Annotated metadata: a {@code Field(...)} call or a plain string (a description); null for anything else. */
    Field metadata(ParsedFile file, TSNode node) {
        TSNode value = PyAst.unwrap(node);
        if (PyAst.is(value, "string") || PyAst.is(value, "concatenated_string")) {
            PyValue description = text.of(file, value);
            return description == null ? null : new Field(description.text(), null, null);
        }
        return of(file, value);
    }

    /**
     * The metadata of a {@code Field(...)} or {@code field(...)} call, also when a constant holds it
     * ({@code REQUIRED_NAME = Field(..., description=...)} then {@code name: str = REQUIRED_NAME}); null for anything
     * else.
     */
    Field of(ParsedFile file, TSNode node) {
        TSNode value = PyAst.unwrap(node);
        if (PyAst.is(value, "identifier") || PyAst.is(value, "attribute")) {
            Optional<PyDef> constant = text.resolver().definition(file, value, 0);
            return constant.isPresent() && constant.get().kind() == PyDef.Kind.VALUE
                    && isFieldCall(constant.get().file(), PyAst.unwrap(constant.get().node()))
                    ? of(constant.get().file(), constant.get().node()) : null;
        }
        if (!isFieldCall(file, value)) {
            return null;
        }
        TSNode arguments = value.getChildByFieldName("arguments");
        Map<String, TSNode> keywords = PyAst.keywords(file, arguments);
        List<TSNode> positional = PyAst.positional(arguments);
        Boolean hasDefault = false;
        TSNode defaultValue = !positional.isEmpty() ? positional.get(0) : keywords.get("default");
        if (defaultValue != null) {
            hasDefault = !PyAst.is(PyAst.unwrap(defaultValue), "ellipsis");
        }
        if (keywords.containsKey("default_factory")) {
            hasDefault = true;
        }
        PyValue description = keywords.containsKey("description") ? text.of(file, keywords.get("description")) : null;
        PyValue alias = keywords.containsKey("alias") ? text.of(file, keywords.get("alias")) : null;
        return new Field(description == null ? null : description.text(), hasDefault, alias == null ? null : alias.text());
    }

    static boolean isFieldCall(ParsedFile file, TSNode node) {
        if (!PyAst.is(node, "call")) {
            return false;
        }
        return FIELD_FUNCTIONS.contains(PyAst.lastName(file, node.getChildByFieldName("function")));
    }
}
