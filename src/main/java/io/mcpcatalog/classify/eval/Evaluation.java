package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs judges over the corpus tools of a split and keeps, per judge, its scores and the tools it got wrong. */
public final class Evaluation {

    /** One tool a judge put in the wrong category. */
    public record Miss(CorpusTool tool, Category predicted) {
    }

    /** A judge's result on one split. */
    public record Result(Judge judge, Scores scores, List<Miss> misses) {
    }

    private Evaluation() {
    }

    /** The tools of the given split; a null split means all of them. */
    public static List<CorpusTool> select(List<CorpusTool> corpus, Split split) {
        return split == null ? corpus : corpus.stream().filter(tool -> tool.split() == split).toList();
    }

    /** Each judge's result on these tools, in the judges' order. */
    public static Map<String, Result> run(List<CorpusTool> tools, List<Judge> judges) {
        Map<String, Result> results = new LinkedHashMap<>();
        for (Judge judge : judges) {
            Scores scores = new Scores();
            List<Miss> misses = new ArrayList<>();
            for (CorpusTool tool : tools) {
                Category predicted = judge.judge(tool);
                scores.add(tool.label(), predicted);
                if (predicted != tool.label()) {
                    misses.add(new Miss(tool, predicted));
                }
            }
            results.put(judge.name(), new Result(judge, scores, List.copyOf(misses)));
        }
        return results;
    }

    /** The rule classifier and both baselines, in the order the tables print them. */
    public static List<Judge> standardJudges() {
        return List.of(RuleJudge.shipped(), new AnnotationBaseline(), new NameKeywordBaseline());
    }
}
