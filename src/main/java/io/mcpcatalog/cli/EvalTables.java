package io.mcpcatalog.cli;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.eval.Evaluation.Miss;
import io.mcpcatalog.classify.eval.Evaluation.Result;
import io.mcpcatalog.classify.eval.Scores;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Renders evaluation results as plain-text tables, one column per judge, so they can be compared at a glance. */
final class EvalTables {

    private static final Category[] CATEGORIES = Category.values();
    private static final String ROW = "  %-30s";
    private static final String CELL = "%15s";

    private EvalTables() {
    }

    static void printSummary(PrintStream out, Map<String, Result> results) {
        out.printf(ROW, "measure");
        results.keySet().forEach(name -> out.printf(CELL, name));
        out.println();
        row(out, results, "accuracy", Scores::accuracy);
        row(out, results, "false-safe rate", Scores::falseSafeRate);
        row(out, results, "critical recall (strict)", Scores::criticalRecall);
        for (Category category : CATEGORIES) {
            row(out, results, "precision " + category.label(), scores -> scores.precision(category));
            row(out, results, "recall " + category.label(), scores -> scores.recall(category));
        }
    }

    /** One matrix per judge: rows are the labels, columns what the judge said. */
    static void printConfusion(PrintStream out, Map<String, Result> results) {
        for (Result result : results.values()) {
            out.println("  confusion matrix of " + result.judge().name() + " (rows: label, columns: classified as)");
            out.printf("    %-12s", "");
            for (Category category : CATEGORIES) {
                out.printf("%12s", category.label());
            }
            out.printf("%8s%n", "total");
            for (Category label : CATEGORIES) {
                out.printf("    %-12s", label.label());
                for (Category predicted : CATEGORIES) {
                    out.printf("%12d", result.scores().count(label, predicted));
                }
                out.printf("%8d%n", result.scores().labelled(label));
            }
        }
    }

    static void printMisses(PrintStream out, Result result) {
        List<Miss> misses = result.misses();
        out.println("  " + misses.size() + " tool(s) misclassified by " + result.judge().name() + ":");
        for (Miss miss : misses) {
            var tool = miss.tool();
            out.println("  - " + tool.server() + "/" + tool.tool().name() + ": labelled " + tool.label().label()
                    + " (" + tool.reason() + "), classified " + miss.predicted().label());
            String rationale = result.judge().rationale(tool);
            if (!rationale.isEmpty()) {
                out.println("      " + rationale);
            }
        }
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static void row(PrintStream out, Map<String, Result> results, String title,
                            ToDoubleFunction<Scores> measure) {
        out.printf(ROW, title);
        for (Result result : results.values()) {
            out.printf(CELL, percent(measure.applyAsDouble(result.scores())));
        }
        out.println();
    }
}
