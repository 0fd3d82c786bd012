package io.mcpcatalog.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One feed entry. {@code op} is "upsert" (the tool as it is now, with its recommended policy) or "delete" (a
 * tombstone: the tool left its server; only the key is given). {@code cursor} resumes the feed after this entry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedEntryDto(String op, String cursor, String server, String tool, Integer version, String category,
                           String risk, Double confidence, Map<String, Object> policy) {
}
