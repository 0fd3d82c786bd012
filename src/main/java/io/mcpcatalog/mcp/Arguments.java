package io.mcpcatalog.mcp;

import io.quarkiverse.mcp.server.ToolCallException;

/** Checks of tool arguments that a JSON Schema cannot express; a failed check is a tool error the agent can read. */
final class Arguments {

    private Arguments() {
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ToolCallException("Argument '" + name + "' must not be empty.");
        }
        return value.trim();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
