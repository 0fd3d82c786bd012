package io.mcpcatalog.policy;

/** Writes a compiled policy in one gateway format. */
public interface PolicyRenderer {

    /** {@code target} names the server's tools for the gateway (the catalog uses the server's slug). */
    String render(PolicyDocument policy, String target);
}
