package io.mcpcatalog.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The eval command prints the three judges side by side per split, and refuses bad arguments. */
class EvalCommandTest {

    @Test
    void printsOneSectionPerSplitWithTheDefinitions() {
        Run run = run("--split", "holdout", "--misclassified");
        assertEquals(0, run.status, run.err);
        assertTrue(run.out.contains("false-safe rate = "), run.out);
        assertTrue(run.out.contains("== split holdout: "), run.out);
        assertFalse(run.out.contains("== split dev: "), run.out);
        assertTrue(run.out.matches("(?s).*measure\\s+rules\\s+annotations\\s+name-keywords.*"), run.out);
        assertTrue(run.out.contains("confusion matrix of rules"), run.out);
        assertTrue(run.out.contains("misclassified by rules:"), run.out);
    }

    @Test
    void withoutASplitPrintsDevHoldoutAndAll() {
        Run run = run();
        assertEquals(0, run.status, run.err);
        for (String split : List.of("dev", "holdout", "all")) {
            assertTrue(run.out.contains("== split " + split + ": "), split);
        }
    }

    @Test
    void serversKeepsOnlyTheNamedServers() {
        Run run = run("--servers", "stripe,mcp-ssh");
        assertEquals(0, run.status, run.err);
        assertTrue(run.out.contains("== split dev: 2 servers, "), run.out);
        assertTrue(run.out.contains("== split all: 2 servers, "), run.out);
        assertFalse(run.out.contains("== split holdout: "), run.out);
        Run unknown = run("--servers", "stripe,no-such-server");
        assertEquals(2, unknown.status);
        assertTrue(unknown.err.contains("no server no-such-server in the corpus"), unknown.err);
    }

    @Test
    void aBadArgumentIsAUsageError() {
        Run run = run("--split", "train");
        assertEquals(2, run.status);
        assertTrue(run.err.contains(EvalCommand.USAGE), run.err);
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = EvalCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
