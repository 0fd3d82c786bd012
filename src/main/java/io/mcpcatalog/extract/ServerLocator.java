package io.mcpcatalog.extract;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds which server a file belongs to: the deepest folder above it that holds a package manifest
 * (package.json, pyproject.toml, go.mod, Cargo.toml, pom.xml, *.csproj, ...), else the root.
 */
final class ServerLocator {

    /** Folder ("" for the root) to the name its manifest declares (or the folder's own name). */
    private final Map<String, String> serverFolders = new TreeMap<>();
    private final String rootName;

    ServerLocator(SourceTree tree, String rootName) {
        this.rootName = rootName;
        for (String path : tree.allPaths()) {
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            String fileName = path.substring(slash + 1);
            if (ServerManifests.isManifest(fileName) && !SourcePaths.isTest(path)) {
                Optional<String> declared = ServerManifests.declaredName(fileName, tree.text(path).orElse(""));
                String fallback = folder.isEmpty() ? rootName : folder.substring(folder.lastIndexOf('/') + 1);
                serverFolders.putIfAbsent(folder, declared.orElse(fallback));
            }
        }
    }

    /** The server folder of a source file. */
    String folderOf(String path) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        while (!folder.isEmpty() && !serverFolders.containsKey(folder)) {
            folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
        }
        return folder;
    }

    String nameOf(String folder) {
        return serverFolders.getOrDefault(folder, folder.isEmpty() ? rootName : folder.substring(folder.lastIndexOf('/') + 1));
    }
}
