package io.mcpcatalog.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds every server of a tree and the tools each registers, running the language extractors over its
 * source files (tests and fixtures left out). A file that fails to parse or extract is reported and skipped;
 * when the code yields no tool at all, the README is read instead. Plain: the tree is already in memory.
 */
public final class RepositoryExtractor {

    private final List<LanguageExtractor> extractors;

    public RepositoryExtractor(List<LanguageExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public static RepositoryExtractor withAllExtractors() {
        return new RepositoryExtractor(Extractors.all());
    }

    /** Scans until {@code deadlineNanos} (a System.nanoTime() value); what was found by then is kept. */
    public TreeScan scan(SourceTree tree, String rootName, long deadlineNanos) {
        ServerLocator locator = new ServerLocator(tree, rootName);
        Map<String, Map<String, ExtractedTool>> toolsByFolder = new TreeMap<>();
        Map<String, Map<Language, Integer>> languagesByFolder = new TreeMap<>();
        List<ScanProblem> problems = new ArrayList<>();
        int parsed = 0;
        boolean timedOut = false;
        for (String path : tree.paths()) {
            if (SourcePaths.isTest(path) || !mayRegisterTools(tree, path)) {
                continue;
            }
            if (System.nanoTime() > deadlineNanos) {
                timedOut = true;
                problems.add(new ScanProblem(path, "time budget spent: this and the remaining files were not scanned"));
                break;
            }
            Optional<ParsedFile> file = parse(tree, path, problems);
            if (file.isEmpty()) {
                continue;
            }
            parsed++;
            for (ExtractedTool tool : extract(file.get(), tree, problems)) {
                String definedIn = tool.definition().source() != null && tool.definition().source().file() != null
                        ? tool.definition().source().file() : path;
                String folder = locator.folderOf(definedIn);
                ExtractedTool first = toolsByFolder.computeIfAbsent(folder, f -> new LinkedHashMap<>())
                        .putIfAbsent(tool.name(), tool);
                if (first == null) {
                    languagesByFolder.computeIfAbsent(folder, f -> new EnumMap<>(Language.class))
                            .merge(file.get().language(), 1, Integer::sum);
                }
            }
        }
        List<ScannedServer> servers = new ArrayList<>();
        toolsByFolder.forEach((folder, tools) -> servers.add(new ScannedServer(locator.nameOf(folder), folder,
                mainLanguage(languagesByFolder.get(folder)), "code", locator.descriptionOf(folder),
                new ArrayList<>(tools.values()))));
        if (servers.isEmpty() && !timedOut) {
            readmeServer(tree, rootName, locator.descriptionOf("")).ifPresent(servers::add);
        }
        return new TreeScan(servers, problems, parsed, timedOut);
    }

    /** Every registration pattern names "tool" somewhere in the file; others are reached through imports. */
    private static boolean mayRegisterTools(SourceTree tree, String path) {
        return tree.text(path).map(text -> text.toLowerCase(Locale.ROOT).contains("tool")).orElse(false);
    }

    private static Optional<ParsedFile> parse(SourceTree tree, String path, List<ScanProblem> problems) {
        try {
            return tree.parsed(path);
        } catch (RuntimeException e) {
            problems.add(new ScanProblem(path, "not parsed: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private List<ExtractedTool> extract(ParsedFile file, SourceTree tree, List<ScanProblem> problems) {
        List<ExtractedTool> found = new ArrayList<>();
        for (LanguageExtractor extractor : extractors) {
            if (extractor.languages().contains(file.language())) {
                try {
                    found.addAll(extractor.extract(file, tree));
                } catch (RuntimeException e) {
                    problems.add(new ScanProblem(file.path(), extractor.getClass().getSimpleName() + " failed: " + e));
                }
            }
        }
        return found;
    }

    private static Optional<ScannedServer> readmeServer(SourceTree tree, String rootName, String description) {
        return tree.allPaths().stream()
                .filter(path -> !path.contains("/") && path.toLowerCase(Locale.ROOT).matches("readme(\\.md|\\.markdown)?"))
                .findFirst()
                .map(path -> ReadmeTools.extract(path, tree.text(path).orElse("")))
                .filter(tools -> !tools.isEmpty())
                .map(tools -> new ScannedServer(rootName, "", null, "readme", description, tools));
    }

    private static String mainLanguage(Map<Language, Integer> counts) {
        return counts == null ? null : counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(entry -> entry.getKey().id()).orElse(null);
    }
}
