package io.mcpcatalog.classify;

/** Categories of TAXONOMY.md, declared in order of precedence (least severe first); the risk follows the category. */
public enum Category implements Labelled {
    READ("Read", Risk.LOW),
    WRITE("Write", Risk.MEDIUM),
    EXECUTE("Execute", Risk.HIGH),
    DESTRUCTIVE("Destructive", Risk.CRITICAL),
    FINANCIAL("Financial", Risk.CRITICAL);

    private final String label;
    private final Risk risk;

    Category(String label, Risk risk) {
        this.label = label;
        this.risk = risk;
    }

    @Override
    public String label() {
        return label;
    }

    public Risk risk() {
        return risk;
    }

    /** True when a tool of this category can change state somewhere (everything but Read). */
    public boolean modifies() {
        return this != READ;
    }

    /** Parses a label case-insensitively; throws IllegalArgumentException naming the valid values. */
    public static Category fromLabel(String text) {
        for (Category category : values()) {
            if (category.label.equalsIgnoreCase(text)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category '" + text
                + "', expected one of Read, Write, Execute, Destructive, Financial");
    }
}
