package io.mcpcatalog.crawl.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Drains a stream to its end, keeping only its last bytes (a server's stderr, for the failure reason). */
final class OutputTail {

    private final int keep;
    private byte[] tail = new byte[0];

    OutputTail(int keep) {
        this.keep = keep;
    }

    void drain(InputStream in) {
        byte[] chunk = new byte[8192];
        try (in) {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                append(chunk, read);
            }
        } catch (IOException e) {
            // the pipe closed when the process was killed
        }
    }

    private synchronized void append(byte[] chunk, int length) {
        byte[] joined = Arrays.copyOf(tail, tail.length + length);
        System.arraycopy(chunk, 0, joined, tail.length, length);
        tail = joined.length <= keep ? joined : Arrays.copyOfRange(joined, joined.length - keep, joined.length);
    }

    synchronized String text() {
        return new String(tail, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
    }
}
