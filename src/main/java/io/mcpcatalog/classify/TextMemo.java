package io.mcpcatalog.classify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was worked out for a short text, kept for the next tool that has the same one. Parameters repeat across
 * tools and servers ("path string", "limit integer", "action = get , set"): about two in three of the corpus's
 * parameter texts were seen before. Bounded: past its size it starts again, so that no crawl can make it grow
 * without end. Safe to share between threads; what it keeps must be immutable.
 */
final class TextMemo<K, V> {

    private final int maxEntries;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    TextMemo(int maxEntries) {
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
