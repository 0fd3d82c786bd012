package io.mcpcatalog.crawl.introspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * Asks a server, through the MCP Java SDK's client, for {@code initialize} and then every page of
 * {@code tools/list} (following nextCursor; a repeated cursor or too many pages is a failure, not a loop), within
 * the limits. Each step ends at the first of: its answer, the transport's problem, the time limit.
 */
final class Introspector {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SDK_MARGIN = Duration.ofSeconds(30);
    private static final int DESCRIPTION_LIMIT = 500;

    private final McpJsonMapper sdkJson;
    private final IntrospectionLimits limits;

    Introspector(McpJsonMapper sdkJson, IntrospectionLimits limits) {
        this.sdkJson = sdkJson;
        this.limits = limits;
    }

    Introspection introspect(McpClientTransport transport, CompletableFuture<TransportProblem> problems,
                             String transportName, SandboxLevel sandbox) throws IntrospectionFailure {
        McpAsyncClient client = McpClient.async(transport)
                .clientInfo(new McpSchema.Implementation("mcp-catalog", "1"))
                .jsonSchemaValidator(new NoToolCalls())
                .initializationTimeout(limits.start().plus(SDK_MARGIN))
                .requestTimeout(limits.listing().plus(SDK_MARGIN))
                .build();
        try {
            McpSchema.InitializeResult init = await(client.initialize(), problems, limits.start(), "initialize");
            if (init == null || init.capabilities() == null || init.capabilities().tools() == null) {
                throw new IntrospectionFailure("the server declares no tools capability; nothing to list");
            }
            ArrayNode tools = JSON.createArrayNode();
            int pages = listAll(client, problems, tools);
            ObjectNode toolsList = JSON.createObjectNode();
            toolsList.set("tools", tools);
            McpSchema.Implementation info = init.serverInfo();
            return new Introspection(info == null ? null : info.name(), info == null ? null : info.version(),
                    describe(info, init.instructions()), init.protocolVersion(), toolsList, pages, transportName,
                    sandbox);
        } finally {
            client.close();
        }
    }

    /** What the server says it is, kept short: it is context for the classifier, written by the server's author. */
    private static String describe(McpSchema.Implementation info, String instructions) {
        String said = info != null && info.description() != null && !info.description().isBlank()
                ? info.description() : instructions;
        if (said == null || said.isBlank()) {
            return null;
        }
        String text = said.strip();
        return text.length() <= DESCRIPTION_LIMIT ? text : text.substring(0, DESCRIPTION_LIMIT);
    }

    private int listAll(McpAsyncClient client, CompletableFuture<TransportProblem> problems, ArrayNode tools)
            throws IntrospectionFailure {
        long deadline = System.nanoTime() + limits.listing().toNanos();
        Set<String> cursors = new HashSet<>();
        String cursor = McpSchema.FIRST_PAGE;
        for (int page = 1; ; page++) {
            Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0));
            McpSchema.ListToolsResult result = await(client.listTools(cursor), problems, left, "tools/list");
            if (result == null) {
                throw new IntrospectionFailure("answered tools/list with no result");
            }
            tools.addAll((ArrayNode) toJackson2(result).path("tools"));
            String next = result.nextCursor();
            if (next == null || next.isEmpty()) {
                return page;
            }
            if (!cursors.add(next)) {
                throw new IntrospectionFailure("tool list invalid: tools/list paging loops, cursor '"
                        + StdioTransport.excerpt(next) + "' came back on page " + (page + 1));
            }
            if (page >= limits.pages()) {
                throw new IntrospectionFailure("tool list invalid: more than " + limits.pages()
                        + " tools/list pages, the limit");
            }
            cursor = next;
        }
    }

    private <T> T await(Mono<T> step, CompletableFuture<TransportProblem> problems, Duration timeout, String phase)
            throws IntrospectionFailure {
        CompletableFuture<T> answer = step.toFuture();
        try {
            CompletableFuture.anyOf(answer, problems).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new IntrospectionFailure(timedOut(phase));
        } catch (ExecutionException e) {
            // the answer failed; told below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntrospectionFailure("interrupted during " + phase);
        }
        if (answer.isDone() && !answer.isCompletedExceptionally()) {
            return answer.join();
        }
        if (problems.isDone()) {
            throw new IntrospectionFailure(problems.join().during(phase));
        }
        throw new IntrospectionFailure(failed(phase, rootCause(answer)));
    }

    private String timedOut(String phase) {
        return "initialize".equals(phase)
                ? "timed out starting: no answer to initialize within " + readable(limits.start())
                : "timed out listing: tools/list not answered in full within " + readable(limits.listing());
    }

    private static String readable(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static String failed(String phase, Throwable cause) {
        if (cause instanceof McpError error && error.getJsonRpcError() != null) {
            return "answered " + phase + " with an error: " + error.getJsonRpcError().code() + " "
                    + StdioTransport.excerpt(String.valueOf(error.getJsonRpcError().message()));
        }
        String message = firstLine(cause);
        if (cause instanceof tools.jackson.core.JacksonException && "tools/list".equals(phase)) {
            return "tool list invalid: " + message;
        }
        if (cause instanceof tools.jackson.core.JacksonException) {
            return "answered invalid JSON-RPC during " + phase + ": " + message;
        }
        return "failed during " + phase + ": " + message;
    }

    private static Throwable rootCause(CompletableFuture<?> answer) {
        try {
            answer.join();
            return new IllegalStateException("no answer");
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause
                    && !(cause instanceof McpError) && !(cause instanceof tools.jackson.core.JacksonException)) {
                cause = cause.getCause();
            }
            return cause;
        }
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return StdioTransport.excerpt(message.lines().findFirst().orElse(message));
    }

    private JsonNode toJackson2(McpSchema.ListToolsResult result) throws IntrospectionFailure {
        try {
            return JSON.readTree(sdkJson.writeValueAsString(result));
        } catch (IOException e) {
            throw new IntrospectionFailure("tool list invalid: " + e.getMessage());
        }
    }
}
