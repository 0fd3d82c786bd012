package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The input of an rmcp tool method: the struct of its {@code Parameters<T>} argument, the older per-argument
 * {@code #[tool(param)]} and {@code #[tool(aggr)]} forms, or an explicit {@code input_schema = json!(..)}.
 * Other arguments (the receiver, {@code RequestContext}, {@code Peer}, extensions) are injected, not input.
 */
final class RmcpToolArguments {

    /** The parameters and the input schema they make. */
    record Arguments(List<ToolParam> params, String schema) {
    }

    private final SourceIndex index;
    private final RustParams structs;
    private final RustStrings strings;

    RmcpToolArguments(SourceIndex index) {
        this.index = index;
        this.structs = new RustParams(index);
        this.strings = new RustStrings(index);
    }

    Arguments of(ParsedFile file, TSNode method, List<RustAttributes.Entry> toolEntries) {
        Optional<RustAttributes.Entry> explicit = RustAttributes.entry(toolEntries, "input_schema");
        if (explicit.isPresent()) {
            Optional<JsonNode> schema = RustSchemas.jsonTokens(file, explicit.get().value(), strings);
            return schema.map(json -> new Arguments(SchemaParams.fromSchema(json), RustSchemas.write(json)))
                    .orElse(new Arguments(List.of(), "{}"));
        }
        List<ToolParam> params = new ArrayList<>();
        boolean unresolved = false;
        for (TSNode parameter : RustNodes.namedChildren(SyntaxNodes.field(method, "parameters"))) {
            if (!parameter.getType().equals("parameter")) {
                continue;
            }
            TSNode type = SyntaxNodes.field(parameter, "type");
            List<RustAttributes.Entry> marks = toolMarks(file, parameter);
            if (type != null && type.getType().equals("generic_type")
                    && RustNodes.lastSegment(file, SyntaxNodes.field(type, "type")).equals("Parameters")) {
                List<TSNode> inner = RustTypes.typeArguments(type);
                Optional<List<ToolParam>> found = inner.isEmpty() ? Optional.empty() : structs.ofType(file, inner.get(0));
                found.ifPresent(params::addAll);
                unresolved |= found.isEmpty();
            } else if (RustAttributes.entry(marks, "aggr").isPresent()) {
                Optional<List<ToolParam>> found = structs.ofType(file, type);
                found.ifPresent(params::addAll);
                unresolved |= found.isEmpty();
            } else if (RustAttributes.entry(marks, "param").isPresent()) {
                params.add(single(file, parameter, type));
            }
        }
        return new Arguments(params, unresolved && params.isEmpty() ? "{}" : RustSchemas.fromParams(params));
    }

    /** One {@code #[tool(param)]} argument: its name (or serde rename), type and schemars description. */
    private ToolParam single(ParsedFile file, TSNode parameter, TSNode type) {
        List<TSNode> attributes = parameterAttributes(parameter);
        TSNode pattern = SyntaxNodes.field(parameter, "pattern");
        String name = RustAttributes.literal(file, attributes, "serde", "rename")
                .orElse(RustParams.stripRaw(pattern == null ? "" : file.text(pattern)));
        RustTypes.JsonType json = RustTypes.of(file, type, index);
        String description = null;
        for (TSNode attribute : RustAttributes.named(file, attributes, "schemars")) {
            Optional<RustAttributes.Entry> entry = RustAttributes.entry(RustAttributes.entries(file, attribute), "description");
            if (entry.isPresent()) {
                description = strings.tokens(file, entry.get().value()).map(StaticText::text).orElse(null);
            }
        }
        return new ToolParam(name, json.type(), !json.optional(), description, json.enumValues());
    }

    private static List<RustAttributes.Entry> toolMarks(ParsedFile file, TSNode parameter) {
        List<RustAttributes.Entry> marks = new ArrayList<>();
        for (TSNode attribute : parameterAttributes(parameter)) {
            if (RustAttributes.name(file, attribute).equals("tool")) {
                marks.addAll(RustAttributes.entries(file, attribute));
            }
        }
        return marks;
    }

    /**
     * The attributes written before an argument. The grammar keeps at most one inside the parameter node;
     * the others are preceding siblings, sometimes wrapped in an ERROR node.
     */
    static List<TSNode> parameterAttributes(TSNode parameter) {
        List<TSNode> attributes = new ArrayList<>();
        collect(parameter, attributes, false);
        TSNode sibling = parameter.getPrevSibling();
        while (SyntaxNodes.present(sibling) && !sibling.getType().equals(",") && !sibling.getType().equals("(")
                && !sibling.getType().equals("parameter") && !sibling.getType().equals("self_parameter")) {
            collect(sibling, attributes, true);
            sibling = sibling.getPrevSibling();
        }
        return attributes;
    }

    private static void collect(TSNode node, List<TSNode> into, boolean deep) {
        if (node.getType().equals("attribute_item")) {
            TSNode attribute = RustNodes.firstChildOfType(node, "attribute");
            if (attribute != null) {
                into.add(attribute);
            }
            return;
        }
        if (node.getType().equals("parameter") || deep) {
            for (TSNode child : SyntaxNodes.children(node)) {
                if (child.getType().equals("attribute_item") || (deep && child.getType().equals("ERROR"))) {
                    collect(child, into, deep);
                }
            }
        }
    }
}
