package io.mcpcatalog.crawl.introspect;

import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Introspects a server over stdio (started in the sandbox, killed with its whole tree afterwards, its work folder
 * deleted) or over streamable HTTP (a server someone else runs; only its answers are bounded, and no sandbox
 * applies: the result's sandbox is null).
 */
public final class LiveIntrospector {

    private final Sandbox sandbox;
    private final Path workRoot;
    private final String path;
    private final IntrospectionLimits limits;
    private final McpJsonMapper json = McpJsonDefaults.getMapper();

    public LiveIntrospector(Sandbox sandbox, Path workRoot, String path, IntrospectionLimits limits) {
        this.sandbox = sandbox;
        this.workRoot = workRoot;
        this.path = path;
        this.limits = limits;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public Introspection stdio(ServerCommand command) throws IntrospectionFailure {
        ServerProcess server;
        try {
            server = ServerProcess.start(sandbox, workRoot, path, command);
        } catch (IOException e) {
            throw new IntrospectionFailure("could not start " + command.command().get(0) + ": " + e.getMessage());
        }
        try (server) {
            StdioTransport transport = new StdioTransport(server, json, limits.outputBytes());
            return new Introspector(json, limits).introspect(transport, transport.problem(), "stdio", sandbox.level());
        }
    }

    public Introspection http(URI url, Map<String, String> headers) throws IntrospectionFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(limits.start().plus(limits.listing()));
        headers.forEach(request::header);
        String base = url.getScheme() + "://" + url.getRawAuthority();
        String endpoint = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath()
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(base)
                .endpoint(endpoint)
                .requestBuilder(request)
                .jsonMapper(json)
                .connectTimeout(limits.start())
                .openConnectionOnStartup(false)
                .maxResponseSize((int) Math.min(limits.outputBytes(), Integer.MAX_VALUE))
                .build();
        return new Introspector(json, limits).introspect(transport, new CompletableFuture<>(), "streamable-http",
                null);
    }
}
