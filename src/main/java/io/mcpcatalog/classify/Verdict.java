package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How the hits add up to a category and a confidence. Evidence for a category combines as independent signals
 * (1 - product of (1 - weight)). The verdict is the most severe category whose evidence is decisive and close to
 * the strongest evidence, so a weak hint of a severe effect cannot override a clear name, while clear evidence
 * of a severe effect wins over a milder one (TAXONOMY: Financial > Destructive > Execute > Write > Read).
 */
record Verdict(Category category, double confidence, boolean weak, boolean noEvidence, boolean readRefused) {

    /** Evidence at least this strong can decide alone; an annotation (weight 0.3) never can. */
    private static final double DECISIVE = 0.5;
    /** How far below the strongest evidence a more severe category may be and still win. */
    private static final double MARGIN = 0.25;
    private static final double CONFLICT_PENALTY = 0.4;
    private static final double UNDESCRIBED_FACTOR = 0.8;
    private static final double WEAK_CAP = 0.45;
    private static final double NO_EVIDENCE_CONFIDENCE = 0.2;
    private static final Category[] CATEGORIES = Category.values();

    /**
     * Sets aside the evidence of the categories that a matched claim negates ("read-only SQL" negates Execute). A
     * claim whose own category a more severe claim negates makes no claim: a read verb and a per-call fee set each
     * other aside, and in doubt the more restrictive category applies.
     */
    static List<RuleHit> applyClaims(List<RuleHit> hits) {
        Set<Category> claimedAway = EnumSet.noneOf(Category.class);
        for (RuleHit hit : hits) {
            if (claims(hit, hits)) {
                claimedAway.addAll(hit.rule().negates());
            }
        }
        if (claimedAway.isEmpty()) {
            return hits;
        }
        List<RuleHit> result = new ArrayList<>(hits.size());
        for (RuleHit hit : hits) {
            result.add(claimedAway.contains(hit.category()) ? hit.asSetAside() : hit);
        }
        return result;
    }

    /** True when the hit's claim stands: it negates something, is the tool's own, and no more severe claim overrules it. */
    static boolean claims(RuleHit hit, List<RuleHit> hits) {
        return !hit.negatedOrAside() && !hit.rule().negates().isEmpty() && !overruled(hit, hits);
    }

    private static boolean overruled(RuleHit claim, List<RuleHit> hits) {
        for (RuleHit other : hits) {
            if (!other.negatedOrAside() && other.category().compareTo(claim.category()) > 0
                    && other.rule().negates().contains(claim.category())) {
                return true;
            }
        }
        return false;
    }

    /** {@code statesPurpose}: whether a rule reads the tool's purpose (its name, the description's leading words). */
    static Verdict decide(List<RuleHit> hits, boolean described, Predicate<Rule> statesPurpose) {
        double[] counted = scores(hits, RuleHit::counts);
        // Set-aside evidence still shows a conflict; negated or aside evidence ("does not delete") does not.
        double[] present = scores(hits, hit -> !hit.negatedOrAside());
        double top = 0;
        for (double score : counted) {
            top = Math.max(top, score);
        }
        double describedFactor = described ? 1 : UNDESCRIBED_FACTOR;
        if (top == 0) {
            // A tool may change state unless shown otherwise (the MCP spec's readOnlyHint default is false).
            return new Verdict(Category.WRITE, round(NO_EVIDENCE_CONFIDENCE * describedFactor), true, true, false);
        }
        Category category = select(counted, top);
        boolean weak = counted[category.ordinal()] < DECISIVE || counted[category.ordinal()] < top - MARGIN;
        boolean readRefused = category == Category.READ && readContradicted(hits, weak, statesPurpose);
        if (readRefused) {
            // Fail closed (TAXONOMY: in doubt, the more restrictive category): weigh the other categories alone.
            counted[Category.READ.ordinal()] = 0;
            top = 0;
            for (double score : counted) {
                top = Math.max(top, score);
            }
            category = select(counted, top);
            weak = counted[category.ordinal()] < DECISIVE || counted[category.ordinal()] < top - MARGIN;
        }
        double confidence = counted[category.ordinal()] * (1 - CONFLICT_PENALTY * conflict(present, category))
                * describedFactor;
        return new Verdict(category, round(weak ? Math.min(confidence, WEAK_CAP) : confidence), weak, false,
                readRefused);
    }

    /**
     * The most severe decisive category close to the strongest evidence, else the strongest. A tool whose strongest
     * effect is a deletion and that also decisively moves money is Financial however strong the deletion (a manager
     * of invoices that cancels or issues them and can delete them): TAXONOMY's most severe effect, and both get the
     * same policy.
     */
    private static Category select(double[] counted, double top) {
        if (counted[Category.FINANCIAL.ordinal()] >= DECISIVE
                && counted[Category.DESTRUCTIVE.ordinal()] >= top - MARGIN) {
            return Category.FINANCIAL;
        }
        Category strongest = null;
        for (int i = counted.length - 1; i >= 0; i--) {
            if (counted[i] >= DECISIVE && counted[i] >= top - MARGIN) {
                return CATEGORIES[i];
            }
            if (strongest == null && counted[i] == top) {
                strongest = CATEGORIES[i];
            }
        }
        return strongest;
    }

    /**
     * A Read verdict needs read evidence that nothing contradicts: it is refused when a decisive sign of another
     * effect states the tool's purpose (in the name, or in the description's leading words) and was merely
     * outweighed, or when the read evidence is weak and any sign of another effect counts.
     */
    private static boolean readContradicted(List<RuleHit> hits, boolean weakRead, Predicate<Rule> statesPurpose) {
        for (RuleHit hit : hits) {
            if (hit.counts() && hit.category() != Category.READ
                    && (weakRead || hit.rule().weight() >= DECISIVE && statesPurpose.test(hit.rule()))) {
                return true;
            }
        }
        return false;
    }

    /** The strongest evidence against the verdict: a more severe effect, or a claim that the tool only reads. */
    private static double conflict(double[] present, Category verdict) {
        double conflict = verdict == Category.READ ? 0 : present[Category.READ.ordinal()];
        for (int i = verdict.ordinal() + 1; i < present.length; i++) {
            conflict = Math.max(conflict, present[i]);
        }
        return conflict;
    }

    private static double[] scores(List<RuleHit> hits, Predicate<RuleHit> included) {
        double[] missing = new double[CATEGORIES.length];
        Arrays.fill(missing, 1);
        for (RuleHit hit : hits) {
            if (included.test(hit)) {
                missing[hit.category().ordinal()] *= 1 - hit.rule().weight();
            }
        }
        double[] scores = new double[missing.length];
        for (int i = 0; i < missing.length; i++) {
            scores[i] = 1 - missing[i];
        }
        return scores;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
