package io.mcpcatalog.policy;

import java.util.Arrays;
import java.util.Locale;

/** The gateway formats a compiled policy can be written in, with their media type and file extension. */
public enum PolicyFormat {
    JSON("json", "application/json", "json", new JsonPolicyRenderer()),
    CEDAR("cedar", "text/plain; charset=utf-8", "cedar", new CedarPolicyRenderer());

    private final String id;
    private final String mediaType;
    private final String extension;
    private final PolicyRenderer renderer;

    PolicyFormat(String id, String mediaType, String extension, PolicyRenderer renderer) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
        this.renderer = renderer;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String render(PolicyDocument policy, String target) {
        return renderer.render(policy, target);
    }

    /** The format with this id (case ignored); an IllegalArgumentException naming the valid ids otherwise. */
    public static PolicyFormat fromId(String text) {
        return Arrays.stream(values()).filter(format -> format.id.equals(text.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + text + "': use one of "
                        + String.join(", ", Arrays.stream(values()).map(PolicyFormat::id).toList())));
    }
}
