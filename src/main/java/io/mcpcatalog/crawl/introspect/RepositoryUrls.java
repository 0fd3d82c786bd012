package io.mcpcatalog.crawl.introspect;

/** A package.json repository as a URL the catalog's identities understand ("git+https://…", "github:o/r", "o/r"). */
final class RepositoryUrls {

    private RepositoryUrls() {
    }

    static String normalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        if (trimmed.startsWith("github:")) {
            return "https://github.com/" + trimmed.substring("github:".length());
        }
        if (trimmed.matches("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")) {
            return "https://github.com/" + trimmed;
        }
        return trimmed.replaceFirst("^git\\+", "").replaceFirst("^git://", "https://")
                .replaceFirst("^ssh://git@github\\.com/", "https://github.com/");
    }
}
