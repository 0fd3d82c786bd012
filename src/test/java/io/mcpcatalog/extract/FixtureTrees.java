package io.mcpcatalog.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Loads a fixture folder of the test classpath (e.g. "extract/fixtures/typescript/ts-mcpserver-tool") as a tree. */
public final class FixtureTrees {

    private FixtureTrees() {
    }

    public static Path folder(String resource) {
        try {
            return Path.of(FixtureTrees.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture folder " + resource, e);
        }
    }

    public static SourceTree load(String resource) {
        Path root = folder(resource);
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SourceTree.of(files);
    }
}
