package io.mcpcatalog.classify;

/** The part of a tool a rule reads; the label is the word used in rule files and in evidence. */
public enum Field {
    /** The tool name split into lower-case words, server prefix dropped: "stop background". */
    NAME("name"),
    /** The description as written. */
    DESCRIPTION("description"),
    /** One parameter at a time, as its name words then its type: "command string". */
    PARAM("param"),
    /** The declared hints as "readOnlyHint=true destructiveHint=false ...". */
    ANNOTATION("annotation"),
    /** One parameter with allowed values at a time, as its name words, "=", then the values: "action = list , delete". */
    VALUES("values");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a label exactly; throws IllegalArgumentException naming the valid values. */
    public static Field fromLabel(String text) {
        for (Field field : values()) {
            if (field.label.equals(text)) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown field '" + text
                + "', expected one of name, description, param, annotation, values");
    }
}
