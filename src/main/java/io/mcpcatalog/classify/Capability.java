package io.mcpcatalog.classify;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a tool touches, whatever its category: a Read tool that reads ~/.ssh/config touches the filesystem and
 * credentials. Tags are reported beside the category and never change it.
 */
public enum Capability implements Labelled {
    FILESYSTEM, SHELL, NETWORK, DATABASE, CREDENTIALS, MESSAGING, BROWSER, CLOUD, PAYMENTS;

    /** The lower-case name rule files and the API use ("filesystem"). */
    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label case-insensitively; throws IllegalArgumentException naming the valid values. */
    public static Capability fromLabel(String text) {
        for (Capability capability : values()) {
            if (capability.label().equalsIgnoreCase(text)) {
                return capability;
            }
        }
        throw new IllegalArgumentException("unknown capability '" + text + "', expected one of "
                + Arrays.stream(values()).map(Capability::label).collect(Collectors.joining(", ")));
    }
}
