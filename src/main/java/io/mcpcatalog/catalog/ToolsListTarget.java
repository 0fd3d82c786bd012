package io.mcpcatalog.catalog;

/** Which server a bare tools/list result belongs to: a display name and/or a repository URL. */
public record ToolsListTarget(String serverName, String repository, String path) {

    public boolean isEmpty() {
        return isBlank(serverName) && isBlank(repository);
    }

    ServerIdentity identity() {
        if (!isBlank(repository)) {
            return ServerIdentity.fromRepository(repository, path, serverName);
        }
        return ServerIdentity.fromName(serverName);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
