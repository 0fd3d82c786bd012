package io.mcpcatalog.crawl.introspect;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import reactor.core.publisher.Mono;

/**
 * The SDK's stdio transport, with the pipes in our hands: stdout is read through {@link BoundedLines} (a total
 * byte limit), stderr is drained keeping only its tail, and the first thing that goes wrong (a line that is not
 * JSON-RPC, too much output, the process ending) completes {@link #problem()} at once instead of leaving the
 * client to wait for its timeout. The process itself is started and killed by {@link ServerProcess}.
 */
final class StdioTransport implements McpClientTransport {

    private static final int EXCERPT = 200;

    private final ServerProcess server;
    private final McpJsonMapper json;
    private final long outputLimit;
    private final OutputTail stderr = new OutputTail(2048);
    private final CompletableFuture<TransportProblem> problem = new CompletableFuture<>();

    StdioTransport(ServerProcess server, McpJsonMapper json, long outputLimit) {
        this.server = server;
        this.json = json;
        this.outputLimit = outputLimit;
    }

    CompletableFuture<TransportProblem> problem() {
        return problem;
    }

    @Override
    public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
        return Mono.fromRunnable(() -> {
            Process process = server.process();
            daemon("mcp-stderr-" + process.pid(), () -> stderr.drain(process.getErrorStream()));
            daemon("mcp-stdout-" + process.pid(), () -> readMessages(handler));
        });
    }

    private void readMessages(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
        BoundedLines lines = new BoundedLines(server.process().getInputStream(), outputLimit);
        try {
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JSONRPCMessage message;
                try {
                    message = McpSchema.deserializeJsonRpcMessage(json, line);
                } catch (IOException | RuntimeException e) {
                    problem.complete(new TransportProblem("answered invalid JSON-RPC", "'" + excerpt(line) + "'"));
                    return;
                }
                handler.apply(Mono.just(message)).subscribe(ignored -> { }, error -> { });
            }
            ended("closed its output", lines.endedMidLine() ? "in the middle of a message" : "");
        } catch (BoundedLines.OverLimit e) {
            problem.complete(new TransportProblem(e.getMessage(), ""));
        } catch (IOException e) {
            ended("broke its output pipe", "");
        }
    }

    private void ended(String how, String detail) {
        Integer code = server.exitCode(2000);
        String what = code == null ? how : "exited with code " + code;
        String said = stderr.text();
        String stderrPart = said.isEmpty() ? "" : "stderr: " + excerpt(said);
        problem.complete(new TransportProblem(what, String.join("; ",
                Stream.of(detail, stderrPart).filter(part -> !part.isEmpty()).toList())));
    }

    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
        return Mono.fromRunnable(() -> {
            try {
                String line = json.writeValueAsString(message).replace("\n", "\\n").replace("\r", "\\r") + "\n";
                OutputStream in = server.process().getOutputStream();
                synchronized (in) {
                    in.write(line.getBytes(StandardCharsets.UTF_8));
                    in.flush();
                }
            } catch (IOException e) {
                ended("stopped reading its input", "");
            }
        });
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
        return json.convertValue(data, typeRef);
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }
}
