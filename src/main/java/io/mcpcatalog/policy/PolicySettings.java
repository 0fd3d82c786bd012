package io.mcpcatalog.policy;

/**
 * What an operator chose for one compilation: the profile, the folder path arguments are confined to (null: none
 * set) and the cap for amounts of Financial tools in the currency's main unit.
 */
public record PolicySettings(PolicyProfile profile, PathRoot pathRoot, long amountCap) {

    private static final long MAX_CAP = 1_000_000_000_000L;

    public PolicySettings {
        if (amountCap < 1 || amountCap > MAX_CAP) {
            throw new IllegalArgumentException("cap must be a whole number from 1 to " + MAX_CAP);
        }
    }

    /** The profile's own defaults: no root, its amount cap. */
    public static PolicySettings of(PolicyProfile profile) {
        return new PolicySettings(profile, null, profile.amountCap());
    }

    /** Parses a cap given as text: a whole number of main currency units. */
    public static long parseCap(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cap must be a whole number from 1 to " + MAX_CAP + ": '" + text + "'");
        }
    }
}
