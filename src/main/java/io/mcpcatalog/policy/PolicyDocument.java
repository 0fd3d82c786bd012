package io.mcpcatalog.policy;

import java.util.List;
import java.util.Map;

/** A policy.json document (version "1"). {@code tools} keeps the order tools were given in. */
public record PolicyDocument(String version, String defaultAction, List<String> hide, Map<String, ToolRule> tools) {

    public PolicyDocument {
        hide = List.copyOf(hide);
    }
}
