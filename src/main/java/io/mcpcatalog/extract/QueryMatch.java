package io.mcpcatalog.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/** One match of a pattern query: the nodes captured under each capture name. */
public record QueryMatch(Map<String, List<TSNode>> captures) {

    public Optional<TSNode> first(String capture) {
        List<TSNode> nodes = captures.get(capture);
        return nodes == null || nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(0));
    }

    public List<TSNode> all(String capture) {
        return captures.getOrDefault(capture, List.of());
    }
}
