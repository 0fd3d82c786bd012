package io.mcpcatalog.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A server's identity in the MCP registry style: {@code io.github.<owner>/<repo>[/<path>]} for a GitHub repository,
 * a short URL slug, and a display name. Plain values; no I/O.
 */
public record ServerIdentity(String canonicalName, String slug, String displayName) {

    private static final Pattern GITHUB = Pattern.compile(
            "^(?:https?://|git@)?(?:www\\.)?github\\.com[/:]([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\\.git)?/?$");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    /** Folder and package names that say nothing about the server; the repository or scope is added to them. */
    private static final Set<String> GENERIC_NAMES = Set.of("mcp", "server", "mcp-server", "server-mcp", "src", "app",
            "core", "main", "cli");

    /** Derives the identity of a server from its repository URL and its folder inside it ("" at the root). */
    public static ServerIdentity fromRepository(String repository, String path, String displayName) {
        Matcher github = GITHUB.matcher(repository.trim());
        String folder = path == null ? "" : path.replaceAll("^/+|/+$", "");
        String canonical;
        String base;
        if (github.matches()) {
            canonical = "io.github." + github.group(1).toLowerCase(Locale.ROOT) + "/" + github.group(2);
            base = github.group(2);
        } else {
            String trimmed = repository.trim().replaceAll("^[a-z]+://", "").replaceAll("(\\.git)?/*$", "");
            canonical = trimmed;
            base = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        }
        if (!folder.isEmpty()) {
            canonical = canonical + "/" + folder;
            String last = folder.substring(folder.lastIndexOf('/') + 1);
            base = GENERIC_NAMES.contains(slugOf(last)) ? base + "-" + last : last;
        }
        String name = displayName == null || displayName.isBlank() ? titleOf(base) : displayName.trim();
        return new ServerIdentity(canonical, slugOf(base), name);
    }

    /** An identity for a server known only by name (no repository). */
    public static ServerIdentity fromName(String name) {
        String slug = slugOf(name);
        return new ServerIdentity("local/" + slug, slug, name.trim());
    }

    /** The slug of an npm package: its name without the scope, or with it when the name alone is generic. */
    public static String npmSlug(String packageName) {
        int slash = packageName.indexOf('/');
        String unscoped = packageName.substring(slash + 1);
        return GENERIC_NAMES.contains(slugOf(unscoped)) && slash > 0 ? slugOf(packageName) : slugOf(unscoped);
    }

    public static String slugOf(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "server" : slug;
    }

    public static boolean isValidSlug(String slug) {
        return slug != null && slug.length() <= 100 && SLUG.matcher(slug).matches();
    }

    /** "mcp-ssh" becomes "Mcp Ssh". */
    static String titleOf(String base) {
        return Arrays.stream(base.split("[-_\\s.]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    public ServerIdentity withSlug(String newSlug) {
        return new ServerIdentity(canonicalName, newSlug, displayName);
    }
}
