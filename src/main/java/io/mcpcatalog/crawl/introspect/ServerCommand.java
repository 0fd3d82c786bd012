package io.mcpcatalog.crawl.introspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What to start: a command line, the variables the source definition gives, and an installed package to show
 * read-only at work/package (null for none). A command may name files under work/package by {@link #PACKAGE}.
 */
public record ServerCommand(List<String> command, Map<String, String> env, Path packageDir) {

    public static final String PACKAGE = "${package}";

    public ServerCommand {
        command = List.copyOf(command);
        env = Map.copyOf(env);
    }

    /** The installed package's bin run by node, with the source definition's args and env. */
    static ServerCommand npm(String node, JobSpec spec, InstalledPackage installed) {
        List<String> command = new ArrayList<>(List.of(node, PACKAGE + "/" + installed.entry()));
        command.addAll(spec.args());
        return new ServerCommand(command, spec.env(), installed.folder());
    }

    /** The source definition's command with its args and env. */
    static ServerCommand stdio(JobSpec spec) {
        List<String> command = new ArrayList<>(List.of(spec.command()));
        command.addAll(spec.args());
        return new ServerCommand(command, spec.env(), null);
    }

    List<String> resolved(Path work) {
        String seen = work.resolve("package").toString();
        return command.stream().map(part -> part.replace(PACKAGE, seen)).toList();
    }
}
