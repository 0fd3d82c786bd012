package io.mcpcatalog.policy;

/**
 * What a profile writes for every tool of one category: an optional rate limit ({@code window} "minute" or "hour",
 * {@code max} calls per grant; {@code max} 0 means no limit), whether calls are blocked until an operator approves
 * the tool, and whether the tool is hidden from the agent's tools/list.
 */
public record CategoryDefaults(String window, int max, boolean blocked, boolean hidden) {

    public CategoryDefaults {
        if (max < 0 || (max > 0 && !window.equals("minute") && !window.equals("hour"))) {
            throw new IllegalArgumentException("a limit needs window 'minute' or 'hour' and a positive max");
        }
    }

    public boolean limited() {
        return max > 0;
    }
}
