package io.mcpcatalog.api;

/** Feed cursors: a feed position, opaque to gateways, and checked so that a foreign or forged one is a 400. */
final class FeedCursors {

    private static final String PREFIX = "feed:";
    private static final String HOW_TO = "pass back the nextCursor (or an entry's cursor) of an earlier read of the"
            + " feed, or leave since out to read from the start";

    private FeedCursors() {
    }

    static String encode(long position) {
        return Cursors.encode(PREFIX + position);
    }

    /** The position after which to read: 0 without a cursor. {@code latest} is the newest position there is. */
    static long position(String since, long latest) {
        String decoded = Cursors.decode(since);
        if (decoded == null) {
            return 0;
        }
        long position;
        try {
            if (!decoded.startsWith(PREFIX)) {
                throw new NumberFormatException();
            }
            position = Long.parseLong(decoded.substring(PREFIX.length()));
            if (position < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("since is not a feed cursor: " + HOW_TO + ".");
        }
        if (position > latest) {
            throw ApiException.badRequest("since is ahead of this catalog's feed: it comes from another catalog or"
                    + " from before a restore; read the feed again from the start, without since.");
        }
        return position;
    }
}
