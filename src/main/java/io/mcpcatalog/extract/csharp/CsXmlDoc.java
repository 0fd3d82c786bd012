package io.mcpcatalog.extract.csharp;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A method's XML documentation comment as the C# SDK's source generator reads it for partial tool methods:
 * description = summary (and remarks on a new line), each element's text with tags dropped, lines trimmed and
 * joined by spaces; parameter descriptions from {@code <param name="..">}.
 */
record CsXmlDoc(String description, String returns, Map<String, String> params) {

    static final CsXmlDoc EMPTY = new CsXmlDoc(null, null, Map.of());

    static CsXmlDoc parse(List<String> lines) {
        if (lines.isEmpty()) {
            return EMPTY;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<member>" + String.join("\n", lines) + "</member>")))
                    .getDocumentElement();
            String summary = clean(first(root, "summary"));
            String remarks = clean(first(root, "remarks"));
            String description = remarks.isEmpty() ? summary : summary.isEmpty() ? remarks : summary + "\n" + remarks;
            Map<String, String> params = new HashMap<>();
            NodeList paramNodes = root.getElementsByTagName("param");
            for (int i = 0; i < paramNodes.getLength(); i++) {
                Element param = (Element) paramNodes.item(i);
                String value = clean(param.getTextContent());
                if (!param.getAttribute("name").isBlank() && !value.isEmpty()) {
                    params.put(param.getAttribute("name"), value);
                }
            }
            return new CsXmlDoc(description.isEmpty() ? null : description, emptyToNull(clean(first(root, "returns"))), params);
        } catch (Exception e) {
            return EMPTY;
        }
    }

    private static String first(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getParentNode() == root) {
                return node.getTextContent();
            }
        }
        return null;
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.strip().isEmpty()) {
                lines.add(line.strip());
            }
        }
        return String.join(" ", lines).strip();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
