package io.mcpcatalog.policy;

/** The message a denied caller sees and the explanation for the tool's page, before placeholders are filled. */
public record HandleTexts(String onDeny, String explanation) {
}
