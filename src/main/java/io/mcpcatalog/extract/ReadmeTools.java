package io.mcpcatalog.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fallback when code yields no tools: tool tables and tool lists of a README (Markdown rendered to HTML
 * with commonmark, then read with jsoup). Results are low confidence and say where they came from.
 */
public final class ReadmeTools {

    static final String TABLE_PATTERN = "readme-table";
    static final String LIST_PATTERN = "readme-list";
    private static final Pattern TOOL_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_.:-]{1,63}$");
    /** "name: what it does" or "name - what it does": a dash inside a word ("Comma-separated list") is no separator. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_.:-]{1,63})(?:\\s*:\\s*|\\s+[\\-–—]\\s+)(.*)$", Pattern.DOTALL);
    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private ReadmeTools() {
    }

    public static List<ExtractedTool> extract(String path, String markdown) {
        Document html = Jsoup.parse(HTML.render(MARKDOWN.parse(markdown)));
        Map<String, ExtractedTool> tools = new LinkedHashMap<>();
        for (Element table : html.select("table")) {
            fromTable(path, table, tools);
        }
        for (Element heading : html.select("h1, h2, h3, h4")) {
            if (heading.text().toLowerCase(Locale.ROOT).contains("tool")) {
                fromListsAfter(path, heading, tools);
            }
        }
        return new ArrayList<>(tools.values());
    }

    private static void fromTable(String path, Element table, Map<String, ExtractedTool> tools) {
        List<String> headers = table.select("thead th").eachText().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        int nameColumn = indexOf(headers, "tool");
        if (nameColumn < 0) {
            nameColumn = indexOf(headers, "name");
        }
        int descriptionColumn = indexOf(headers, "description");
        if (nameColumn < 0) {
            return;
        }
        for (Element row : table.select("tbody tr")) {
            List<Element> cells = row.select("td");
            if (cells.size() > nameColumn) {
                String name = cells.get(nameColumn).text().trim();
                String description = descriptionColumn >= 0 && cells.size() > descriptionColumn
                        ? cells.get(descriptionColumn).text().trim() : "";
                add(tools, name, description, path, TABLE_PATTERN);
            }
        }
    }

    /**
     * Items of the lists between a "tools" heading and the next heading of the same or a higher level. An item
     * nested, at any depth, under a tool's item tells about that tool ("Arguments: `id`"); one nested under a
     * group's item ("Files") may be a tool.
     */
    private static void fromListsAfter(String path, Element heading, Map<String, ExtractedTool> tools) {
        Set<Element> toolItems = new HashSet<>();
        for (Element next = heading.nextElementSibling(); next != null && !isHeadingAtOrAbove(next, heading);
             next = next.nextElementSibling()) {
            for (Element item : next.select("li")) {
                if (item.parents().stream().noneMatch(toolItems::contains) && fromListItem(path, item, tools)) {
                    toolItems.add(item);
                }
            }
        }
    }

    /** "`name` - what it does", "**name**: what it does" or "name: what it does"; true when it names a tool. */
    private static boolean fromListItem(String path, Element item, Map<String, ExtractedTool> tools) {
        String text = item.text().trim();
        Element label = item.selectFirst("code, strong");
        if (label != null && text.startsWith(label.text())) {
            String description = text.substring(label.text().length()).replaceFirst("^\\s*[:\\-–—]?\\s*", "");
            return add(tools, label.text().trim(), description, path, LIST_PATTERN);
        }
        Matcher matcher = LIST_ITEM.matcher(text);
        return matcher.matches() && add(tools, matcher.group(1), matcher.group(2).trim(), path, LIST_PATTERN);
    }

    private static boolean isHeadingAtOrAbove(Element element, Element heading) {
        return element.tagName().matches("h[1-6]") && element.tagName().compareTo(heading.tagName()) <= 0;
    }

    /** True when the name is a tool's name (listed before or now). */
    private static boolean add(Map<String, ExtractedTool> tools, String name, String description, String path, String pattern) {
        if (!TOOL_NAME.matcher(name).matches()) {
            return false;
        }
        tools.putIfAbsent(name, ExtractedTool.of(new ToolDefinition(name, description, List.of(), "{}", null,
                new SourceLocation(path, null, pattern))));
        return true;
    }

    private static int indexOf(List<String> headers, String word) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).contains(word)) {
                return i;
            }
        }
        return -1;
    }
}
