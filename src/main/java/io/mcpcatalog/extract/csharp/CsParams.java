package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * The input parameters the SDK derives from a method's (or lambda's) parameter list: injected services,
 * SDK objects and {@code [FromServices]} / {@code [FromKeyedServices]} parameters left out; required unless a
 * default value or {@code [DefaultValue]} is given ({@code [Required]} forces it); descriptions from
 * {@code [Description]} (or the XML doc of a partial method, as the SDK's source generator does).
 */
final class CsParams {

    private final SourceIndex index;
    private final CsStrings strings;

    CsParams(SourceIndex index) {
        this.index = index;
        this.strings = new CsStrings(index);
    }

    List<ToolParam> of(ParsedFile file, TSNode parameterList, Map<String, String> xmlDocs) {
        List<ToolParam> params = new ArrayList<>();
        for (TSNode parameter : CsNodes.childrenOfType(parameterList, "parameter")) {
            TSNode type = SyntaxNodes.field(parameter, "type");
            TSNode name = SyntaxNodes.field(parameter, "name");
            List<TSNode> attributes = CsAttributes.of(parameter, "");
            if (name == null || (type != null && CsTypes.isInjected(file, type))
                    || CsAttributes.find(file, attributes, "FromServices").isPresent()
                    || CsAttributes.find(file, attributes, "FromKeyedServices").isPresent()
                    || file.text(parameter).startsWith("this ")) {
                continue;
            }
            String paramName = file.text(name);
            boolean hasDefault = SyntaxNodes.children(parameter).stream().anyMatch(child -> child.getType().equals("="))
                    || CsAttributes.find(file, attributes, "DefaultValue").isPresent()
                    || CsAttributes.find(file, attributes, "Optional").isPresent();
            boolean required = !hasDefault || CsAttributes.find(file, attributes, "Required").isPresent();
            String description = CsAttributes.firstArgument(file, attributes, "Description")
                    .flatMap(node -> strings.expression(file, node)).map(StaticText::text)
                    .orElse(xmlDocs.get(paramName));
            CsTypes.JsonType json = CsTypes.of(file, type, index);
            params.add(new ToolParam(paramName, json.type(), required, description, json.enumValues()));
        }
        return params;
    }
}
