package io.mcpcatalog.extract.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The resolution services of one scan (names, strings, types, signatures, annotations, literals) and the
 * assembly of a tool from a registered function and the options of its registration, as FastMCP does it:
 * name from {@code name=} else the function's name, description from {@code description=} else the cleaned
 * docstring, input schema from the signature.
 */
final class PyTools {

    /**
     * A tool found, with the function it registers (null when none), whether this registration is marked
     * deprecated, and the version it declares (FastMCP 3 {@code version=}; null when none).
     */
    record Found(ExtractedTool tool, String functionKey, boolean deprecated, String version) {

        Found(ExtractedTool tool, String functionKey, boolean deprecated) {
            this(tool, functionKey, deprecated, null);
        }
    }

    /** A whole tool name, not a fragment such as "_list" that a run-time part is joined to. */
    private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*");
    private static final Pattern DEPRECATED = Pattern.compile("(?i)\\bdeprecated\\b");

    final PyResolver resolver;
    final PyText text;
    final PyTypes types;
    final PySignature signature;
    final PyAnnotations annotations;
    final PyLiterals literals;
    final PyMounts mounts;

    private PyTools(PyModules modules) {
        this.resolver = new PyResolver(modules);
        this.text = new PyText(resolver);
        this.types = new PyTypes(resolver, text);
        this.signature = new PySignature(types);
        this.literals = new PyLiterals(resolver, text, types);
        this.annotations = new PyAnnotations(resolver, text, literals);
        this.mounts = new PyMounts(resolver, text);
    }

    static PyTools of(SourceIndex index) {
        return new PyTools(PyModules.of(index));
    }

    /** The functions a registration's target expression names. */
    List<PyFunctionRefs.Ref> functions(ParsedFile file, TSNode target) {
        return new PyFunctionRefs(resolver, text).resolve(file, target);
    }

    /** A reference to a function defined right at the registration (a decorated def). */
    PyFunctionRefs.Ref direct(PyDef function) {
        return new PyFunctionRefs.Ref(function, false, text);
    }

    /** Keyword arguments of a registration call as options (each with the file it is written in). */
    static Map<String, PyDef> options(ParsedFile file, TSNode arguments) {
        Map<String, PyDef> options = new java.util.LinkedHashMap<>();
        if (arguments != null) {
            PyAst.keywords(file, arguments).forEach((key, value) -> options.put(key, new PyDef(file, value, PyDef.Kind.VALUE)));
        }
        return options;
    }

    /** Adds a name given positionally, unless a keyword gives one. */
    static void positionalName(Map<String, PyDef> options, ParsedFile file, List<TSNode> positional, int index) {
        if (index < positional.size()) {
            options.putIfAbsent("name", new PyDef(file, positional.get(index), PyDef.Kind.VALUE));
        }
    }

    /**
     * The tool a function registration gives. {@code options} are the registration's keyword arguments (name,
     * description, annotations, exclude_args, enabled, tags) with the positional name, if any, under "name".
     * Empty when the registration is disabled or its name cannot be read.
     */
    Optional<Found> functionTool(ParsedFile siteFile, TSNode site, String pattern, PyFunctionRefs.Ref ref,
                                 Map<String, PyDef> options) {
        PyDef function = ref.function();
        PyText text = ref.text();
        if (function.kind() != PyDef.Kind.FUNCTION || isWrapperOfUnknown(function)) {
            return Optional.empty();
        }
        PyDef enabled = options.get("enabled");
        if (enabled != null && PyAst.is(PyAst.unwrap(enabled.node()), "false")) {
            return Optional.empty();
        }
        PyDef nameOption = options.get("name");
        String name;
        if (nameOption != null && !PyAst.is(PyAst.unwrap(nameOption.node()), "none")) {
            PyValue value = text.of(nameOption.file(), nameOption.node());
            if (value != null && value.partial()) {
                value = namespacedName(text, nameOption);
            }
            if (value == null || value.text().isBlank()) {
                return Optional.empty();
            }
            name = value.text();
        } else {
            name = PyAst.field(function.node(), "name").map(function.file()::text).orElse("");
        }
        PyValue description = description(text, options.get("description"), function);
        PyDef declared = options.get("annotations");
        ToolAnnotations hints = declared == null ? null : annotations.read(declared.file(), declared.node());
        ObjectNode schema = signature.schema(function, ref.bound(), excluded(options.get("exclude_args")));
        PyDef tags = options.get("tags");
        boolean deprecated = options.containsKey("description") && DEPRECATED.matcher(description.text()).find()
                || tags != null && DEPRECATED.matcher(tags.file().text(tags.node())).find();
        ExtractedTool tool = tool(name, description, schema, hints, new SourceLocation(siteFile.path(), siteFile.line(site), pattern));
        PyDef version = options.get("version");
        PyValue versionText = version == null ? null : text.of(version.file(), version.node());
        return Optional.of(new Found(tool, function.key(), deprecated, versionText == null ? null : versionText.text()));
    }

    /**
     * The known name after a prefix only the running server knows ({@code namespace_prefix + "read_graph"}): what
     * it registers under the default, empty namespace. Null for any other partly known name.
     */
    private static PyValue namespacedName(PyText text, PyDef nameOption) {
        TSNode name = PyAst.unwrap(nameOption.node());
        TSNode operator = PyAst.is(name, "binary_operator") ? name.getChildByFieldName("operator") : null;
        if (!PyAst.present(operator) || !nameOption.file().text(operator).equals("+")) {
            return null;
        }
        PyValue last = text.of(nameOption.file(), name.getChildByFieldName("right"));
        return last != null && !last.partial() && TOOL_NAME.matcher(last.text()).matches() ? last : null;
    }

    /** The tool as the client sees it when the server it is registered on is mounted with a prefix. */
    Found onServer(ParsedFile file, TSNode receiver, Found found) {
        ToolDefinition d = found.tool().definition();
        String name = mounts.name(file, receiver, d.name());
        if (name.equals(d.name())) {
            return found;
        }
        ToolDefinition renamed = new ToolDefinition(name, d.description(), d.params(), d.inputSchema(), d.annotations(), d.source());
        return new Found(new ExtractedTool(renamed, found.tool().partialDescription(), found.tool().aliases()),
                found.functionKey(), found.deprecated(), found.version());
    }

    /** A function decorated with functools.wraps(...) stands for another one, unknown where it is registered. */
    private static boolean isWrapperOfUnknown(PyDef function) {
        TSNode parent = function.node().getParent();
        return PyAst.is(parent, "decorated_definition") && PyAst.named(parent).stream()
                .anyMatch(d -> d.getType().equals("decorator") && function.file().text(d).matches("(?s)@\\s*(functools\\.)?wraps\\b.*"));
    }

    private static PyValue description(PyText text, PyDef explicit, PyDef function) {
        if (explicit != null && !PyAst.is(PyAst.unwrap(explicit.node()), "none")) {
            PyValue value = text.of(explicit.file(), explicit.node());
            return value == null ? new PyValue("", true) : value;
        }
        return PyAst.docstring(function.node()).map(doc -> text.of(function.file(), doc))
                .map(doc -> doc.map(PyStrings::cleandoc)).orElse(PyValue.of(""));
    }

    private Set<String> excluded(PyDef list) {
        Set<String> names = new HashSet<>();
        JsonNode json = list == null ? null : literals.json(list.file(), list.node(), 0);
        if (json != null && json.isArray()) {
            json.forEach(n -> names.add(n.asText()));
        }
        return names;
    }

    static ExtractedTool tool(String name, PyValue description, JsonNode schema, ToolAnnotations annotations,
                              SourceLocation location) {
        String inputSchema = schema == null || schema.isEmpty() ? "{}" : schema.toString();
        ToolDefinition definition = new ToolDefinition(name, description.text(), SchemaParams.fromSchema(schema),
                inputSchema, annotations, location);
        return new ExtractedTool(definition, description.partial(), List.of());
    }
}
