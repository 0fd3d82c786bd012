package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a file belongs to an MCP server module, for general-purpose tool annotations (Spring AI's
 * {@code @Tool}) that are MCP tools only when an MCP server exposes them. A module is a server when a build file
 * of it or of a parent declares an MCP server dependency, or when its sources use an MCP server API.
 */
final class ServerModules {

    private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts");
    private static final Pattern POM_DEPENDENCY = Pattern.compile("(?s)<dependency>.*?</dependency>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");
    private static final Pattern GRADLE_SERVER = Pattern.compile("(?i)[\"'][^\"'\\n]*:[^\"'\\n]*mcp[^\"'\\n]*server"
            + "|libs\\.[\\w.]*mcp[\\w.]*server");
    private static final List<String> SERVER_APIS = List.of("io.modelcontextprotocol.server",
            "org.springframework.ai.mcp.server", "io.modelcontextprotocol.kotlin.sdk.server",
            "io.quarkiverse.mcp.server",
            "org.springaicommunity.mcp.annotation", "org.springframework.ai.mcp.annotation", "McpToolUtils");

    private ServerModules() {
    }

    static boolean isMcpServer(ParsedFile file, SourceIndex index) {
        String folder = folderOf(file.path());
        String module = null;
        while (folder != null) {
            for (String name : BUILD_FILES) {
                String path = folder.isEmpty() ? name : folder + "/" + name;
                Optional<String> text = index.text(path);
                if (text.isPresent()) {
                    module = module == null ? folder : module;
                    if (declaresServer(name, text.get())) {
                        return true;
                    }
                }
            }
            folder = folder.isEmpty() ? null : folderOf(folder);
        }
        return usesServerApi(index, module == null ? "" : module);
    }

    static boolean declaresServer(String buildFile, String text) {
        if (buildFile.equals("pom.xml")) {
            Matcher dependencies = POM_DEPENDENCY.matcher(text);
            while (dependencies.find()) {
                Matcher artifact = ARTIFACT.matcher(dependencies.group());
                if (artifact.find() && isServerArtifact(artifact.group(1))) {
                    return true;
                }
            }
            return false;
        }
        return GRADLE_SERVER.matcher(text).find();
    }

    private static boolean isServerArtifact(String artifact) {
        String name = artifact.toLowerCase(Locale.ROOT);
        return name.contains("mcp") && name.contains("server");
    }

    /** Whether a source file under {@code module} names an MCP server API (a cheap textual check of imports). */
    private static boolean usesServerApi(SourceIndex index, String module) {
        for (String path : index.paths()) {
            boolean inModule = module.isEmpty() || path.startsWith(module + "/");
            if (inModule && (path.endsWith(".java") || path.endsWith(".kt"))) {
                String text = index.text(path).orElse("");
                if (SERVER_APIS.stream().anyMatch(text::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
