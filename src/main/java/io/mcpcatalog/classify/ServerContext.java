package io.mcpcatalog.classify;

/** What is known of the server a tool belongs to; it changes what words such as "run" or "create" mean. */
public record ServerContext(String name, String description) {

    public static final ServerContext UNKNOWN = new ServerContext("", "");
}
