package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every corpus record is usable, and the check that says so catches what it claims to catch. */
class CorpusRecordsTest {

    private static final Path CORPUS_ON_DISK = Path.of("src/main/resources/corpus");

    @Test
    void everyRecordHasACategoryAReasonASourceAndAUniqueKey() {
        List<CorpusRecord> records = CorpusLoader.recordsFromClasspath();
        assertEquals(List.of(), CorpusCheck.problems(records));
        assertTrue(records.size() >= 400, "corpus has " + records.size() + " tools");
    }

    /** A server file left out of the index would silently drop out of every measurement (holdout v12 nearly did). */
    @Test
    void everyServerFileIsListedInTheIndex() throws IOException {
        Set<String> listed = CorpusLoader.recordsFromClasspath().stream().map(CorpusRecord::file)
                .collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(CORPUS_ON_DISK)) {
            List<String> unlisted = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals(CorpusLoader.INDEX))
                    .filter(name -> !listed.contains(name)).sorted().toList();
            assertEquals(List.of(), unlisted, "server files missing from corpus/" + CorpusLoader.INDEX);
        }
    }

    /** A split without tools is allowed: holdout is empty between a consumed holdout set and its successor. */
    @Test
    void eachSplitWithToolsHoldsEveryCategoryAndNoServerIsInBoth() {
        List<CorpusTool> tools = CorpusLoader.fromClasspath();
        Map<String, Set<Split>> splitsByServer = tools.stream().collect(Collectors.groupingBy(CorpusTool::server,
                Collectors.mapping(CorpusTool::split, Collectors.toSet())));
        splitsByServer.forEach((server, splits) -> assertEquals(1, splits.size(), server + " is in " + splits));
        assertTrue(tools.stream().anyMatch(tool -> tool.split() == Split.DEV), "dev has no tool");
        for (Split split : Split.values()) {
            if (tools.stream().noneMatch(tool -> tool.split() == split)) {
                continue;
            }
            for (Category category : Category.values()) {
                assertTrue(tools.stream().anyMatch(tool -> tool.split() == split && tool.label() == category),
                        split.label() + " has no " + category.label() + " tool");
            }
        }
    }

    @Test
    void theCheckReportsEachKindOfBadRecord() {
        CorpusRecord good = new CorpusRecord("a.yaml", "srv", "Server", null, "dev", "get_x", "Gets x.", List.of(),
                null, "Read", "reads", "pkg@1.0");
        List<CorpusRecord> records = List.of(good,
                new CorpusRecord("a.yaml", "srv", "Server", null, "dev", "get_x", "dup", null, null, "Read", "r", "p@1"),
                new CorpusRecord("a.yaml", "srv", "Server", null, "dev", "b", "", null, null, "Harmless", "r", "p@1"),
                new CorpusRecord("a.yaml", "srv", "Server", null, "dev", "c", "", null, null, "Write", " ", "p@1"),
                new CorpusRecord("a.yaml", "srv", "Server", null, "dev", "d", "", null, null, "Write", "r", null),
                new CorpusRecord("a.yaml", "srv", "Server", null, "test", "e", "", null, null, "Write", "r", "p@1"));
        List<String> problems = CorpusCheck.problems(records);
        assertEquals(5, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("duplicate (server, name)"), problems.get(0));
        assertTrue(problems.get(1).contains("'Harmless' is not a category"), problems.get(1));
        assertTrue(problems.get(2).contains("needs a reason"), problems.get(2));
        assertTrue(problems.get(3).contains("needs a source"), problems.get(3));
        assertTrue(problems.get(4).contains("split must be dev or holdout"), problems.get(4));
    }
}
