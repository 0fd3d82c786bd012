package io.mcpcatalog.bench;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.RuleLoader;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.classify.ToolClassifier;
import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.classify.eval.CorpusTool;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Classification throughput (tools per second, one thread) on the real tools of the labelled corpus, with the rules
 * compiled once as in production. The tools are shuffled with a fixed seed, so short and very long descriptions mix
 * as they do in a crawl; each call classifies the next one. {@link #nameKeywordBaseline} does the same with the
 * trivial name-keyword baseline, so the classifier's figure can be read as a ratio to it on the same machine.
 * {@link #lowerCaseTextsOnce} only lower-cases each text a classifier reads (name, description, parameter names and
 * types): the floor of any classifier that reads every character once, which says how fast the machine is.
 * Run with bench/classify.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassifierBenchmark {

    private ToolClassifier classifier;
    private ToolDefinition[] tools;
    private ServerContext[] contexts;
    private int next;

    @Setup
    public void setUp() {
        classifier = new ToolClassifier(RuleLoader.fromClasspath());
        List<CorpusTool> corpus = new ArrayList<>(CorpusLoader.fromClasspath());
        Collections.shuffle(corpus, new Random(42));
        tools = corpus.stream().map(CorpusTool::tool).toArray(ToolDefinition[]::new);
        contexts = corpus.stream().map(CorpusTool::context).toArray(ServerContext[]::new);
    }

    @Benchmark
    public Classification classifyWithRules() {
        int i = advance();
        return classifier.classify(tools[i], contexts[i]);
    }

    @Benchmark
    public Category nameKeywordBaseline() {
        return NameKeywords.judge(tools[advance()].name());
    }

    @Benchmark
    public int lowerCaseTextsOnce() {
        ToolDefinition tool = tools[advance()];
        int length = tool.name().toLowerCase(Locale.ROOT).length()
                + tool.description().toLowerCase(Locale.ROOT).length();
        for (ToolParam param : tool.params()) {
            length += param.name().toLowerCase(Locale.ROOT).length();
            length += param.type() == null ? 0 : param.type().toLowerCase(Locale.ROOT).length();
        }
        return length;
    }

    private int advance() {
        int i = next;
        next = i + 1 == tools.length ? 0 : i + 1;
        return i;
    }
}
