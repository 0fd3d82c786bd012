package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Category;
import java.util.List;
import java.util.Map;

/** A server with every tool it lists now. */
public record ServerDetail(ServerInfo server, List<CatalogTool> tools) {

    public ServerDetail {
        tools = List.copyOf(tools);
    }

    public ServerSummary summary() {
        Map<Category, Integer> counts = ServerSummary.zeroCounts();
        tools.forEach(tool -> counts.merge(tool.classification().category(), 1, Integer::sum));
        return new ServerSummary(server, tools.size(), counts);
    }
}
