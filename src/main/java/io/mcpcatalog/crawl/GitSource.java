package io.mcpcatalog.crawl;

import java.util.regex.Pattern;

/** A git repository to scan: its URL and, optionally, the commit or ref to check out. */
public record GitSource(String url, String ref) {

    private static final Pattern GIT_URL = Pattern.compile("^(https?://|ssh://|git://|git@|file:/).+|.+\\.git$");

    /** True when the text names a git repository rather than a local folder. */
    public static boolean isGitUrl(String text) {
        return GIT_URL.matcher(text).matches();
    }

    /** "URL" or "URL#ref". */
    public static GitSource parse(String text) {
        int hash = text.lastIndexOf('#');
        return hash < 0 ? new GitSource(text, null) : new GitSource(text.substring(0, hash), text.substring(hash + 1));
    }

    /** The repository's name (last path segment without .git), used when nothing better names a server. */
    public String name() {
        String trimmed = url.replaceAll("/+$", "").replaceAll("\\.git$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
    }
}
