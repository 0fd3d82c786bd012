package io.mcpcatalog.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.crawl.ScanOutcome;
import io.mcpcatalog.crawl.SourceScanner;
import io.mcpcatalog.extract.RepositoryExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code scan PATH_OR_GIT_URL... [--format json|table|sarif] [--out DIR] [--budget SECONDS]}: finds the tools
 * of each source, classifies them and prints (or writes, one file per source) the scan output. No database.
 * Exit status: 0 when every source was scanned, 1 when one failed, 2 for a usage error.
 */
public final class ScanCommand {

    static final String USAGE = "usage: mcp-catalog scan PATH_OR_GIT_URL[#commit]... [--format json|table|sarif] [--out DIR] [--budget SECONDS]";

    private ScanCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        ScanOptions options;
        try {
            options = ScanOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SourceScanner scanner = new SourceScanner(RepositoryExtractor.withAllExtractors());
        ToolVerdicts verdicts = new ToolVerdicts();
        List<JsonNode> documents = new ArrayList<>();
        int status = 0;
        for (String source : options.sources()) {
            try {
                ScanOutcome outcome = scanner.scan(source, options.budget());
                JsonNode document = ScanJson.document(outcome, verdicts);
                documents.add(document);
                if (!options.format().equals("sarif")) {
                    emit(options, source, render(options.format(), document), out);
                }
            } catch (IOException | RuntimeException e) {
                err.println("scan of " + source + " failed: " + e.getMessage());
                status = 1;
            }
        }
        if (options.format().equals("sarif")) {
            try {
                emit(options, "scan", render("json", ScanSarif.render(documents)), out);
            } catch (IOException e) {
                err.println("cannot write SARIF: " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }

    private static String render(String format, JsonNode document) throws IOException {
        return switch (format) {
            case "table" -> ScanTable.render(document);
            default -> ScanJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
        };
    }

    private static void emit(ScanOptions options, String source, String text, PrintStream out) throws IOException {
        if (options.out() == null) {
            out.print(text);
            out.flush();
            return;
        }
        Files.createDirectories(options.out());
        String extension = switch (options.format()) {
            case "table" -> ".txt";
            case "sarif" -> ".sarif";
            default -> ".json";
        };
        Files.writeString(options.out().resolve(fileName(source) + extension), text);
    }

    /** A file name for a source: its last meaningful segment, made safe. */
    static String fileName(String source) {
        String trimmed = source.replaceAll("#.*$", "").replaceAll("[/\\\\]+$", "").replaceAll("\\.git$", "");
        String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
        String safe = last.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.isEmpty() || safe.equals(".") ? "scan" : safe;
    }

    record ScanOptions(List<String> sources, String format, Path out, Duration budget) {

        private static final Set<String> FORMATS = Set.of("json", "table", "sarif");

        static ScanOptions parse(List<String> args) {
            List<String> sources = new ArrayList<>();
            String format = "json";
            Path out = null;
            Duration budget = SourceScanner.DEFAULT_BUDGET;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--format" -> format = value(args, ++i, arg);
                    case "--out" -> out = Path.of(value(args, ++i, arg));
                    case "--budget" -> budget = Duration.ofSeconds(seconds(value(args, ++i, arg)));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        sources.add(arg);
                    }
                }
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("no source to scan");
            }
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown format '" + format + "'");
            }
            return new ScanOptions(sources, format, out, budget);
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }

        private static long seconds(String text) {
            try {
                long seconds = Long.parseLong(text);
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--budget needs a positive number of seconds, was '" + text + "'");
        }
    }
}
