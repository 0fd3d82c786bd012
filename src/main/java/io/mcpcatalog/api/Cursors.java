package io.mcpcatalog.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque paging cursors: the position after the last item of a page, base64url-encoded. */
final class Cursors {

    private Cursors() {
    }

    static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cursor is not valid: pass back the nextCursor of a previous page");
        }
    }

    static int decodeOffset(String cursor) {
        String position = decode(cursor);
        if (position == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(position);
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("cursor is not valid: pass back the nextCursor of a previous page");
        }
    }

    /** Parses a page size; the text is checked here so that a non-number is a 400, not JAX-RS's 404. */
    static int limit(String limit, int defaultLimit) {
        return limit(limit, defaultLimit, 100);
    }

    static int limit(String limit, int defaultLimit, int maxLimit) {
        if (limit == null || limit.isBlank()) {
            return defaultLimit;
        }
        try {
            int size = Integer.parseInt(limit.trim());
            if (size >= 1 && size <= maxLimit) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw ApiException.badRequest("limit must be a number between 1 and " + maxLimit + ", was '" + limit + "'");
    }
}
