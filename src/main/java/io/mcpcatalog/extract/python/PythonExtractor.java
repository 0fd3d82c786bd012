package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every Python SDK pattern over one file. When the same function is registered more than once in a file and
 * some registrations are marked deprecated (in their description or tags), those names become aliases of the
 * first registration that is not, instead of tools of their own. Of several versions of a tool, the highest counts.
 */
public final class PythonExtractor implements LanguageExtractor {

    private final List<PyPatternExtractor> patterns;

    public PythonExtractor() {
        this(List.of(new FastMcpDecoratorExtractor(), new FastMcpToolCallExtractor(), new FastMcpAddToolExtractor(),
                new FastMcpFromFunctionExtractor(), new FastMcpMixinExtractor(), new FastMcpConstructorToolsExtractor(),
                new LowLevelToolExtractor(), new ToolWrapperExtractor()));
    }

    PythonExtractor(List<PyPatternExtractor> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public List<PyPatternExtractor> patterns() {
        return patterns;
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.PYTHON);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        PyTools tools = PyTools.of(index);
        List<PyTools.Found> found = new ArrayList<>();
        for (PyPatternExtractor pattern : patterns) {
            found.addAll(pattern.find(file, tools));
        }
        found.sort((a, b) -> Integer.compare(line(a), line(b)));
        return mergeAliases(highestVersions(found));
    }

    private static int line(PyTools.Found found) {
        Integer line = found.tool().definition().source().line();
        return line == null ? 0 : line;
    }

    /** Of several versions of one tool name (FastMCP 3 {@code version=}), clients see the highest. */
    static List<PyTools.Found> highestVersions(List<PyTools.Found> found) {
        Map<String, PyTools.Found> highest = new LinkedHashMap<>();
        for (PyTools.Found f : found) {
            if (f.version() != null) {
                highest.merge(f.tool().name(), f, (a, b) -> compareVersions(b.version(), a.version()) > 0 ? b : a);
            }
        }
        List<PyTools.Found> kept = new ArrayList<>();
        for (PyTools.Found f : found) {
            if (f.version() == null || highest.get(f.tool().name()) == f) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Compares dotted versions part by part, numerically where both parts are numbers. */
    static int compareVersions(String a, String b) {
        String[] left = a.replaceFirst("^[vV]", "").split("[.\\-+]");
        String[] right = b.replaceFirst("^[vV]", "").split("[.\\-+]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int c = l.matches("\\d{1,9}") && r.matches("\\d{1,9}") ? Integer.compare(Integer.parseInt(l), Integer.parseInt(r))
                    : l.compareTo(r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static List<ExtractedTool> mergeAliases(List<PyTools.Found> found) {
        Map<String, List<PyTools.Found>> byFunction = new LinkedHashMap<>();
        for (PyTools.Found f : found) {
            if (f.functionKey() != null) {
                byFunction.computeIfAbsent(f.functionKey(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<PyTools.Found, List<String>> aliases = new java.util.IdentityHashMap<>();
        Set<PyTools.Found> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<PyTools.Found> group : byFunction.values()) {
            PyTools.Found primary = group.stream().filter(f -> !f.deprecated()).findFirst().orElse(null);
            if (primary == null || group.stream().noneMatch(PyTools.Found::deprecated)) {
                continue;
            }
            for (PyTools.Found f : group) {
                if (f.deprecated() && !f.tool().name().equals(primary.tool().name())) {
                    aliases.computeIfAbsent(primary, k -> new ArrayList<>()).add(f.tool().name());
                    dropped.add(f);
                }
            }
        }
        List<ExtractedTool> tools = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PyTools.Found f : found) {
            String identity = f.tool().name() + "@" + f.functionKey();
            if (dropped.contains(f) || (f.functionKey() != null && !seen.add(identity))) {
                continue;
            }
            ExtractedTool tool = f.tool();
            tools.add(aliases.containsKey(f) ? new ExtractedTool(tool.definition(), tool.partialDescription(), aliases.get(f)) : tool);
        }
        return tools;
    }
}
