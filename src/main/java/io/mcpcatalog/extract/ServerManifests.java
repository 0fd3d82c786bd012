package io.mcpcatalog.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Package manifests that mark a server's folder, and the name each one declares. */
final class ServerManifests {

    private static final Pattern JSON_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOML_NAME = Pattern.compile("(?m)^\\s*name\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern PY_SETUP_NAME = Pattern.compile("name\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern GO_MODULE = Pattern.compile("(?m)^module\\s+(\\S+)");
    private static final Pattern POM_PARENT = Pattern.compile("(?s)<parent>.*?</parent>");
    private static final Pattern JSON_DESCRIPTION = Pattern.compile("\"description\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOML_DESCRIPTION = Pattern.compile("(?m)^\\s*description\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern POM_DESCRIPTION = Pattern.compile("<description>\\s*([^<]*?)\\s*</description>");
    private static final int DESCRIPTION_LIMIT = 500;
    private static final Pattern POM_ARTIFACT = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");

    private ServerManifests() {
    }

    /** True when a file of this name marks the folder it is in as a package (a candidate server). */
    static boolean isManifest(String fileName) {
        return switch (fileName) {
            case "package.json", "pyproject.toml", "setup.py", "go.mod", "Cargo.toml", "pom.xml", "build.gradle",
                 "build.gradle.kts" -> true;
            default -> fileName.endsWith(".csproj");
        };
    }

    /**
     * The summary the manifest gives of its package (the first "description" of a package.json, pyproject.toml,
     * Cargo.toml or pom.xml), kept short: it is the classifier's context for the server, written by its author.
     */
    static Optional<String> declaredDescription(String fileName, String text) {
        Matcher matcher = switch (fileName) {
            case "package.json" -> JSON_DESCRIPTION.matcher(text);
            case "pyproject.toml", "Cargo.toml" -> TOML_DESCRIPTION.matcher(text);
            case "pom.xml" -> POM_DESCRIPTION.matcher(POM_PARENT.matcher(text).replaceFirst(""));
            default -> null;
        };
        if (matcher == null || !matcher.find() || matcher.group(1).isBlank()) {
            return Optional.empty();
        }
        String description = matcher.group(1).strip().replace("\\\"", "\"");
        return Optional.of(description.length() <= DESCRIPTION_LIMIT ? description
                : description.substring(0, DESCRIPTION_LIMIT));
    }

    /** The package name the manifest declares, if it can be read. */
    static Optional<String> declaredName(String fileName, String text) {
        Matcher matcher = switch (fileName) {
            case "package.json" -> JSON_NAME.matcher(text);
            case "pyproject.toml", "Cargo.toml" -> TOML_NAME.matcher(text);
            case "setup.py" -> PY_SETUP_NAME.matcher(text);
            case "go.mod" -> GO_MODULE.matcher(text);
            case "pom.xml" -> POM_ARTIFACT.matcher(POM_PARENT.matcher(text).replaceFirst(""));
            default -> null;
        };
        if (fileName.endsWith(".csproj")) {
            return Optional.of(fileName.substring(0, fileName.length() - ".csproj".length()));
        }
        if (matcher == null || !matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        return Optional.of(fileName.equals("go.mod") ? goModuleName(name) : name);
    }

    /** The last element of a Go module path, before a major-version suffix (".../forgejo-mcp/v2" is forgejo-mcp). */
    private static String goModuleName(String path) {
        String trimmed = path.matches(".+/v[0-9]+") ? path.substring(0, path.lastIndexOf('/')) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
