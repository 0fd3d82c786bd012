package io.mcpcatalog.classify;

/** Risk levels of TAXONOMY.md, from least to most severe. */
public enum Risk implements Labelled {
    LOW("Low"), MEDIUM("Medium"), HIGH("High"), CRITICAL("Critical");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Parses a label case-insensitively; throws IllegalArgumentException naming the valid values. */
    public static Risk fromLabel(String text) {
        for (Risk risk : values()) {
            if (risk.label.equalsIgnoreCase(text)) {
                return risk;
            }
        }
        throw new IllegalArgumentException("unknown risk '" + text + "', expected one of Low, Medium, High, Critical");
    }
}
