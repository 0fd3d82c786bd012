package io.mcpcatalog.cli;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.eval.AnnotationBaseline;
import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.classify.eval.CorpusTool;
import io.mcpcatalog.classify.eval.Evaluation;
import io.mcpcatalog.classify.eval.Evaluation.Result;
import io.mcpcatalog.classify.eval.Judge;
import io.mcpcatalog.classify.eval.NameKeywordBaseline;
import io.mcpcatalog.classify.eval.Scores;
import io.mcpcatalog.classify.eval.Split;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code eval [--split dev|holdout|all] [--servers key,...] [--misclassified]}: measures the rule classifier against
 * the labelled corpus (src/main/resources/corpus) next to two baselines, per split. Without --split it prints dev,
 * holdout and all. --servers keeps only the named servers (to read one holdout round apart from an older one);
 * a split none of them is in is left out. --misclassified lists each tool the rules got wrong, with their rationale.
 * Exit status: 0 after printing, 2 for a usage error, 1 when the corpus cannot be loaded.
 */
public final class EvalCommand {

    static final String USAGE = "usage: mcp-catalog eval [--split dev|holdout|all] [--servers key,...] [--misclassified]";

    private EvalCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Split> splits = new ArrayList<>(Arrays.asList(Split.DEV, Split.HOLDOUT, null));
        boolean misclassified = false;
        Set<String> servers = Set.of();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--misclassified")) {
                misclassified = true;
            } else if (arg.equals("--servers") && i + 1 < args.size()) {
                servers = new TreeSet<>(Arrays.asList(args.get(++i).split(",")));
            } else if (arg.equals("--split") && i + 1 < args.size()) {
                String value = args.get(++i);
                splits.clear();
                if (value.equals("all")) {
                    splits.add(null);
                } else if (value.equals("dev") || value.equals("holdout")) {
                    splits.add(Split.fromLabel(value));
                } else {
                    return usage(err, "unknown split '" + value + "'");
                }
            } else {
                return usage(err, "unknown argument '" + arg + "'");
            }
        }
        List<CorpusTool> corpus;
        try {
            corpus = CorpusLoader.fromClasspath();
        } catch (RuntimeException e) {
            err.println("cannot load the corpus: " + e.getMessage());
            return 1;
        }
        if (!servers.isEmpty()) {
            Set<String> unknown = new TreeSet<>(servers);
            corpus.forEach(tool -> unknown.remove(tool.server()));
            if (!unknown.isEmpty()) {
                return usage(err, "no server " + String.join(", ", unknown) + " in the corpus");
            }
            Set<String> kept = servers;
            corpus = corpus.stream().filter(tool -> kept.contains(tool.server())).toList();
        }
        List<Judge> judges = Evaluation.standardJudges();
        printDefinitions(out);
        for (Split split : splits) {
            List<CorpusTool> tools = Evaluation.select(corpus, split);
            if (tools.isEmpty()) {
                continue;
            }
            Map<String, Result> results = Evaluation.run(tools, judges);
            out.println();
            out.println("== split " + (split == null ? "all" : split.label()) + ": " + describe(tools) + " ==");
            EvalTables.printSummary(out, results);
            EvalTables.printConfusion(out, results);
            if (misclassified) {
                EvalTables.printMisses(out, results.get(judges.get(0).name()));
            }
        }
        out.flush();
        return 0;
    }

    private static void printDefinitions(PrintStream out) {
        out.println("Corpus evaluation: each judge's category against the hand label (TAXONOMY.md).");
        out.println("  " + Scores.FALSE_SAFE_DEFINITION);
        out.println("  " + Scores.CRITICAL_RECALL_DEFINITION);
        out.println("  baseline " + AnnotationBaseline.DEFINITION);
        out.println("  baseline " + NameKeywordBaseline.DEFINITION);
    }

    private static String describe(List<CorpusTool> tools) {
        long servers = tools.stream().map(CorpusTool::server).distinct().count();
        StringBuilder text = new StringBuilder(servers + " servers, " + tools.size() + " tools (");
        for (Category category : Category.values()) {
            long count = tools.stream().filter(tool -> tool.label() == category).count();
            text.append(category == Category.READ ? "" : ", ").append(category.label()).append(' ').append(count);
        }
        return text.append(')').toString();
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }
}
