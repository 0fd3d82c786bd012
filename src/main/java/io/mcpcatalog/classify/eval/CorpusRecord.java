package io.mcpcatalog.classify.eval;

import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolParam;

import java.util.List;

/**
 * A corpus tool exactly as its file states it, before any check: {@link CorpusCheck} reports what is wrong with
 * it, so that one test can list every bad record at once instead of failing on the first.
 */
public record CorpusRecord(String file, String server, String serverName, String serverDescription, String split, String name,
                           String description, List<ToolParam> params, ToolAnnotations annotations, String label,
                           String reason, String source) {
}
