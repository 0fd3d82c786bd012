package io.mcpcatalog.api;

import java.util.List;
import java.util.Map;

/** A tool in a list: enough to show its risk and follow its links. */
public record ToolSummaryDto(String server, String serverName, String name, String description, String category,
                             String risk, double confidence, List<String> capabilities, Map<String, String> links) {
}
