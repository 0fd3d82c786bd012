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

    private final Map<ServerContext, Map<String, Boolean>> kindsByServer = new ConcurrentHashMap<>();

    /** Whether the rule counts on the server: {@link Rule#admits}, remembered per server and kind. */
    boolean admits(Rule rule, ServerContext server) {
        ServerKind kind = rule.serverKind();
        if (kind == null) {
            return true;
        }
        if (kindsByServer.size() >= MAX_SERVERS && !kindsByServer.containsKey(server)) {
            kindsByServer.clear();
        }
        return kindsByServer.computeIfAbsent(server, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind.name(), name -> kind.admits(server));
    }
}
