package io.mcpcatalog.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the source definitions of a folder ({@code crawlers/}): every {@code *.yaml} and {@code *.yml} file in it.
 * A file that cannot be read, is not YAML or breaks the schema is reported (its path and what is wrong) and left
 * out; the other files still load. A source defined twice is loaded once, from the first file (by name).
 */
public final class SourceFolder {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SourceFolder() {
    }

    /** The sources loaded and the problems met; a missing folder holds no source. */
    public record Loaded(List<CrawlSource> sources, List<SourceProblem> problems) {
    }

    public static Loaded load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new Loaded(List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(SourceFolder::isDefinitionFile).sorted().toList();
        } catch (IOException e) {
            return new Loaded(List.of(), List.of(new SourceProblem(folder.toString(), "cannot list: " + e.getMessage())));
        }
        Map<String, CrawlSource> byKey = new LinkedHashMap<>();
        Map<String, Path> origin = new LinkedHashMap<>();
        List<SourceProblem> problems = new ArrayList<>();
        for (Path file : files) {
            SourceDefinitions.Result result = readFile(file);
            result.problems().forEach(problem -> problems.add(new SourceProblem(file.toString(), problem)));
            for (CrawlSource source : result.sources()) {
                Path first = origin.putIfAbsent(source.key(), file);
                if (first == null) {
                    byKey.put(source.key(), source);
                } else {
                    problems.add(new SourceProblem(file.toString(), "'" + source.key() + "' is already defined in "
                            + first + "; this definition is ignored"));
                }
            }
        }
        return new Loaded(List.copyOf(byKey.values()), List.copyOf(problems));
    }

    private static SourceDefinitions.Result readFile(Path file) {
        JsonNode document;
        try {
            document = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String what = String.join(", ", e.getOriginalMessage().lines().filter(line -> !line.startsWith(" ")).toList());
            return new SourceDefinitions.Result(List.of(), List.of("not valid YAML" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ": " + what));
        } catch (IOException e) {
            return new SourceDefinitions.Result(List.of(), List.of("cannot read: " + e.getMessage()));
        }
        if (document == null || document.isMissingNode() || document.isNull()) {
            return new SourceDefinitions.Result(List.of(), List.of("empty: a file holds one source or 'sources: [...]'"));
        }
        return SourceDefinitions.read(document, file.getParent());
    }

    private static boolean isDefinitionFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
