package io.mcpcatalog.policy;

/**
 * Regular expressions over amounts written as text, for gateways that compare strings only: one that matches a
 * plain decimal number greater than a cap, and one that matches text that is not a plain decimal number at all.
 */
final class DecimalAbove {

    private DecimalAbove() {
    }

    /**
     * Matches "1000.01", "2500" or "0001200" for cap 1000, not "1000" or "999.99": more integer digits than the
     * cap, as many digits but greater at the first difference, or the cap itself with a non-zero fraction.
     */
    static String regex(long cap) {
        String digits = Long.toString(cap);
        int n = digits.length();
        StringBuilder greater = new StringBuilder("[1-9][0-9]{").append(n).append(",}");
        for (int i = 0; i < n; i++) {
            int d = digits.charAt(i) - '0';
            if (d < 9) {
                greater.append('|').append(digits, 0, i).append('[').append(d + 1).append("-9]");
                if (n - i - 1 > 0) {
                    greater.append("[0-9]{").append(n - i - 1).append('}');
                }
            }
        }
        return "^\\s*\\+?0*(?:(?:" + greater + ")(?:\\.[0-9]*)?|" + digits + "\\.[0-9]*[1-9][0-9]*)\\s*$";
    }

    /** Matches text with anything but digits, one decimal point and surrounding spaces. */
    static String notPlainRegex() {
        return "[^0-9.\\s]|\\..*\\.|[0-9]\\s+[0-9]";
    }
}
