package io.mcpcatalog.crawl.introspect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a stream into lines while counting every byte: past {@code limit} bytes in all (one endless line or many
 * short ones) it stops with {@link OverLimit}, so a flooding server cannot exhaust memory.
 */
final class BoundedLines {

    static final class OverLimit extends IOException {
        OverLimit(long limit) {
            super("output over the limit of " + limit + " bytes");
        }
    }

    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[8192];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int filled;
    private long total;
    private boolean endedMidLine;

    BoundedLines(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its terminator, or null at the end of the stream (an unfinished last line is dropped). */
    String next() throws IOException {
        line.reset();
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled < 0) {
                    filled = 0;
                    endedMidLine = line.size() > 0;
                    return null;
                }
                total += filled;
                if (total > limit) {
                    throw new OverLimit(limit);
                }
            }
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            line.write(buffer, start, position - start);
            if (position < filled) {
                position++;
                return text();
            }
        }
    }

    /** Whether the stream ended in the middle of a line (a message cut off). */
    boolean endedMidLine() {
        return endedMidLine;
    }

    private String text() {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
