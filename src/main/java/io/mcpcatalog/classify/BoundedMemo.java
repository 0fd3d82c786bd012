package io.mcpcatalog.classify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was worked out for a key, kept for the next tool that has the same one: parameter texts repeat across tools
 * and servers ("path string", "limit integer", "action = get , set"; about two in three of the corpus's were seen
 * before), and a server's tools come one after another. Bounded: past its size it starts again, so that no crawl can
 * make it grow without end. Safe to share between threads (a race only computes a value twice); what it keeps must
 * be immutable or safe to share.
 */
final class BoundedMemo<K, V> {

    private final int maxEntries;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    BoundedMemo(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value for the key, computed by {@code compute} when it is not kept. */
    V get(K key, Function<K, V> compute) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        if (values.size() >= maxEntries) {
            values.clear();
        }
        value = compute.apply(key);
        values.put(key, value);
        return value;
    }
}
