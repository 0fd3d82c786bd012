package io.mcpcatalog.crawl.introspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Reads an installed package's package.json: the file its bin runs, and the repository and folder it names. */
final class PackageManifest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackageManifest() {
    }

    static InstalledPackage read(Path folder, String name, String version) throws IntrospectionFailure {
        Path packageFolder = folder.resolve("node_modules").resolve(name);
        JsonNode manifest;
        try {
            manifest = JSON.readTree(packageFolder.resolve("package.json").toFile());
        } catch (IOException e) {
            throw new IntrospectionFailure("the installed " + name + "@" + version + " has no readable package.json");
        }
        String entry = bin(manifest.path("bin"), name);
        if (entry == null) {
            throw new IntrospectionFailure(name + "@" + version + " has no bin to run as a server");
        }
        Path file = packageFolder.resolve(entry).normalize();
        if (!file.startsWith(packageFolder)) {
            throw new IntrospectionFailure(name + "@" + version + " names a bin outside its own folder");
        }
        JsonNode repository = manifest.path("repository");
        String url = repository.isTextual() ? repository.asText() : text(repository.path("url"));
        return new InstalledPackage(name, version, folder, folder.relativize(file).toString(),
                RepositoryUrls.normalize(url), text(repository.path("directory")), text(manifest.path("description")));
    }

    /** The bin named like the package (without its scope), else the only or first one. */
    private static String bin(JsonNode bin, String name) {
        if (bin.isTextual()) {
            return bin.asText();
        }
        if (!bin.isObject() || bin.isEmpty()) {
            return null;
        }
        String unscoped = name.substring(name.indexOf('/') + 1);
        if (bin.hasNonNull(unscoped)) {
            return bin.get(unscoped).asText();
        }
        Iterator<Map.Entry<String, JsonNode>> fields = bin.fields();
        return fields.next().getValue().asText();
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
