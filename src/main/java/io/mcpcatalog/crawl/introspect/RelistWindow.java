package io.mcpcatalog.crawl.introspect;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * When an npm source whose version did not move is listed again: a published version cannot change, but a server
 * that builds its tool descriptions at run time (from a remote config, a flag, an API) can. Once {@code after} has
 * passed since the last listing, or when no listing is known, the server is run again; a zero window never does.
 */
record RelistWindow(Duration after) {

    RelistWindow {
        if (after.isNegative()) {
            throw new IllegalArgumentException("catalog.crawl.relist-unchanged-after must be a duration of zero (off) "
                    + "or more, was " + after);
        }
    }

    boolean due(OffsetDateTime lastListedAt, Instant now) {
        return !after.isZero() && (lastListedAt == null || !lastListedAt.toInstant().plus(after).isAfter(now));
    }
}
