package io.mcpcatalog.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.mcpcatalog.catalog.CodeDisagreement;
import io.mcpcatalog.classify.CapabilityTag;
import io.mcpcatalog.classify.Evidence;
import io.mcpcatalog.classify.Finding;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A tool with its definition, classification and links. {@code annotations} holds only declared hints;
 * {@code capabilities} what the tool touches (filesystem, shell, network...), each with its evidence;
 * {@code codeDisagreements} where the server's code and the running server disagree about this tool.
 */
public record ToolDto(String server, String serverName, String name, String description, List<ToolParam> params,
                      @JsonRawValue String inputSchema, Map<String, Object> annotations, SourceLocation source,
                      String category, String risk, double confidence, String rationale, List<Evidence> evidence,
                      List<Finding> findings, List<CapabilityTag> capabilities, int version, OffsetDateTime updatedAt,
                      Map<String, String> links, List<CodeDisagreement> codeDisagreements) {
}
