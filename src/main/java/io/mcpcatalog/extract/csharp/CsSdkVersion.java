package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SourceIndex;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ModelContextProtocol package version a C# file is built with, read from the project file next to it
 * ({@code <Folder>/<Folder>.csproj}, by .NET convention) or from central package management
 * ({@code Directory.Packages.props}) in a parent folder. Tool naming changed in 0.3.0-preview.2.
 */
final class CsSdkVersion {

    private static final Pattern REFERENCE = Pattern.compile(
            "<Package(?:Reference|Version)\\s+Include=\"ModelContextProtocol(?:\\.AspNetCore|\\.Core)?\"\\s+Version=\"([^\"]+)\"");

    private CsSdkVersion() {
    }

    /** Whether the file is built against a version that kept method names as tool names (before 0.3.0-preview.2). */
    static boolean keepsMethodNames(String path, SourceIndex index) {
        return version(path, index).map(CsSdkVersion::isLegacy).orElse(false);
    }

    static Optional<String> version(String path, SourceIndex index) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        while (true) {
            String name = folder.contains("/") ? folder.substring(folder.lastIndexOf('/') + 1) : folder;
            String prefix = folder.isEmpty() ? "" : folder + "/";
            for (String candidate : new String[] {prefix + name + ".csproj", prefix + "Directory.Packages.props"}) {
                Optional<String> found = index.text(candidate).flatMap(CsSdkVersion::referenced);
                if (found.isPresent()) {
                    return found;
                }
            }
            if (folder.isEmpty()) {
                return Optional.empty();
            }
            folder = folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "";
        }
    }

    private static Optional<String> referenced(String projectText) {
        Matcher matcher = REFERENCE.matcher(projectText);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static boolean isLegacy(String version) {
        Matcher matcher = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)(?:-preview\\.(\\d+))?").matcher(version);
        if (!matcher.find()) {
            return false;
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major > 0 || minor > 3) {
            return false;
        }
        if (minor < 3) {
            return true;
        }
        return matcher.group(4) != null && Integer.parseInt(matcher.group(4)) < 2 && matcher.group(3).equals("0");
    }
}
