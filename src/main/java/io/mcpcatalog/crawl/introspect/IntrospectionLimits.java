package io.mcpcatalog.crawl.introspect;

import java.time.Duration;

/**
 * How long a server may take to answer initialize ({@code start}, process start-up included) and to list all its
 * tools ({@code listing}, all pages together), how many bytes it may write to stdout in all, and how many
 * tools/list pages are followed.
 */
public record IntrospectionLimits(Duration start, Duration listing, long outputBytes, int pages) {
}
