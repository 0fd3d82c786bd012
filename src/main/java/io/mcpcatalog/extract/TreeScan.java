package io.mcpcatalog.extract;

import java.util.List;

/** What extraction found in a tree: servers with their tools, problems met, and whether time ran out. */
public record TreeScan(List<ScannedServer> servers, List<ScanProblem> problems, int filesParsed, boolean timedOut) {

    public TreeScan {
        servers = List.copyOf(servers);
        problems = List.copyOf(problems);
    }

    public int toolCount() {
        return servers.stream().mapToInt(server -> server.tools().size()).sum();
    }
}
