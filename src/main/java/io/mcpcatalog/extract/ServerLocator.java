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
    /** Folder to the first description a manifest there gives. */
    private final Map<String, String> descriptions = new TreeMap<>();
    private final String rootName;

    ServerLocator(SourceTree tree, String rootName) {
        this.rootName = rootName;
        for (String path : tree.allPaths()) {
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            String fileName = path.substring(slash + 1);
            if (ServerManifests.isManifest(fileName) && !SourcePaths.isTest(path)) {
                String text = tree.text(path).orElse("");
                Optional<String> declared = ServerManifests.declaredName(fileName, text);
                String fallback = folder.isEmpty() ? rootName : folder.substring(folder.lastIndexOf('/') + 1);
                serverFolders.putIfAbsent(folder, declared.orElse(fallback));
                ServerManifests.declaredDescription(fileName, text)
                        .ifPresent(description -> descriptions.putIfAbsent(folder, description));
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

    /** The description the folder's manifest gives, "" when none does. */
    String descriptionOf(String folder) {
        return descriptions.getOrDefault(folder, "");
    }

    String nameOf(String folder) {
        return serverFolders.getOrDefault(folder, folder.isEmpty() ? rootName : folder.substring(folder.lastIndexOf('/') + 1));
    }
}
