package io.mcpcatalog.search;

/**
 * A search request. Blank text matches every tool; null or blank filters are not applied. Filter values are compared
 * case-insensitively and are not checked against the taxonomy (that is the caller's job).
 */
public record ToolQuery(String text, String category, String risk, String capability, String serverSlug, int offset,
                        int limit) {

    public static final int MAX_LIMIT = 100;
    /** Deep pages cost a sort over offset + limit hits; beyond this, narrow the query instead. */
    public static final int MAX_OFFSET = 10_000;

    public ToolQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", was " + offset);
        }
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
