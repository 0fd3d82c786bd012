package io.mcpcatalog.classify.eval;

/** Which part of the corpus a server belongs to: rules are tuned on dev errors only; holdout measures them. */
public enum Split {
    DEV("dev"),
    HOLDOUT("holdout");

    private final String label;

    Split(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses "dev" or "holdout" exactly; throws IllegalArgumentException otherwise. */
    public static Split fromLabel(String text) {
        for (Split split : values()) {
            if (split.label.equals(text)) {
                return split;
            }
        }
        throw new IllegalArgumentException("unknown split '" + text + "', expected dev or holdout");
    }
}
