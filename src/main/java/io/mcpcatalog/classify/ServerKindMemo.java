package io.mcpcatalog.classify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which kinds the servers seen lately are of. Deciding a kind runs its regex over the server's whole context text,
 * which costs more than classifying a short tool, and a server's tools are classified one after another: each
 * server's answer is kept, for a bounded number of servers.
 */
final class ServerKindMemo {

    private static final int MAX_SERVERS = 1024;

    private final BoundedMemo<ServerContext, Kinds> kindsByServer = new BoundedMemo<>(MAX_SERVERS);

    /** The kinds of one server, decided as rules ask for them: looked up once per tool, asked once per rule. */
    static final class Kinds {

        private final ServerContext server;
        private final Map<String, Boolean> admitted = new ConcurrentHashMap<>();

        private Kinds(ServerContext server) {
            this.server = server;
        }

        /** Whether the rule counts on this server: {@link Rule#admits}. */
        boolean admit(Rule rule) {
            ServerKind kind = rule.serverKind();
            return kind == null || admitted.computeIfAbsent(kind.name(), name -> kind.admits(server));
        }
    }

    Kinds of(ServerContext server) {
        return kindsByServer.get(server, Kinds::new);
    }
}
