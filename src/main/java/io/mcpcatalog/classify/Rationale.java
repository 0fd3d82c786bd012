package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Writes a verdict as plain sentences that quote the tool's own name and description. */
final class Rationale {

    private static final int MAX_SUPPORT = 3;
    private static final Category[] CATEGORIES = Category.values();
    private static final Comparator<RuleHit> STRONGEST_FIRST =
            Comparator.comparingDouble((RuleHit hit) -> hit.rule().weight()).reversed();

    private Rationale() {
    }

    static String write(String toolName, Verdict verdict, List<RuleHit> hits, boolean described) {
        Category category = verdict.category();
        StringBuilder text = new StringBuilder("Classified ").append(category.label())
                .append(" (").append(category.risk().label()).append(" risk)");
        if (verdict.noEvidence()) {
            text.append(" with low confidence: nothing in the name '").append(toolName)
                    .append("', its description or its parameters says what it does, so the evidence is weak;")
                    .append(" a tool is assumed to change state unless shown otherwise.");
        } else {
            List<RuleHit> support = strongestFirst(hits, hit -> hit.counts() && hit.category() == category);
            text.append(": ");
            appendClauses(text, support, Math.min(support.size(), MAX_SUPPORT), ". Also ", "; ");
            text.append('.');
        }
        appendOtherCategories(text, category, hits);
        appendSetAside(text, hits);
        appendDisagreeingAnnotations(text, category, hits);
        if (verdict.readRefused()) {
            text.append(" Signs that it only reads were set aside: a Read verdict needs read evidence that nothing")
                    .append(" contradicts, and in doubt the more restrictive category applies.");
        }
        if (verdict.weak() && !verdict.noEvidence()) {
            text.append(" The evidence is weak (no decisive name or description signal), so confidence is low.");
        }
        if (!described) {
            text.append(" The tool has no description, which lowers confidence.");
        }
        return text.toString();
    }

    /** Milder categories are covered by the verdict; more severe ones were too weak to win. */
    private static void appendOtherCategories(StringBuilder text, Category verdict, List<RuleHit> hits) {
        for (Category other : CATEGORIES) {
            if (other == verdict) {
                continue;
            }
            List<RuleHit> evidence = strongestFirst(hits, hit -> hit.counts() && hit.category() == other
                    && hit.rule().field() != Field.ANNOTATION);
            if (evidence.isEmpty()) {
                continue;
            }
            if (other.compareTo(verdict) > 0) {
                text.append(" Evidence for ").append(other.label()).append(" was too weak to decide: ");
            } else {
                text.append(" Signs of ").append(other.label()).append(" give way to the more severe ")
                        .append(verdict.label()).append(": ");
            }
            appendClauses(text, evidence, evidence.size(), "; ", "; ");
            text.append('.');
        }
    }

    private static void appendSetAside(StringBuilder text, List<RuleHit> hits) {
        for (RuleHit hit : hits) {
            if (hit.scope() == RuleHit.Scope.NEGATED) {
                text.append(" The description negates '").append(hit.matched()).append("' ('")
                        .append(hit.quote()).append("'), so it was not counted.");
            } else if (hit.scope() == RuleHit.Scope.ASIDE) {
                text.append(" The description names '").append(hit.matched()).append("' as a topic or another tool's")
                        .append(" work ('").append(hit.quote()).append("'), so it was not counted.");
            }
        }
        List<RuleHit> claimedAway = strongestFirst(hits, RuleHit::setAside);
        if (!claimedAway.isEmpty()) {
            // Name the claim: a read-only statement, or a server-specific reading such as a bookkeeping entry.
            List<RuleHit> claims = strongestFirst(hits, hit -> Verdict.claims(hit, hits));
            text.append(" Because ");
            appendClauses(text, claims, claims.size(), " and ", "; ");
            text.append(", this evidence was set aside: ");
            appendClauses(text, claimedAway, claimedAway.size(), "; ", "; ");
            boolean byKind = claims.stream().anyMatch(claim -> claim.rule().serverKind() != null);
            text.append(byKind ? "; that rests on the kind of server listing the tool, so confidence is lower."
                    : "; that rests on the author's own words, so confidence is lower.");
        }
    }

    private static void appendDisagreeingAnnotations(StringBuilder text, Category verdict, List<RuleHit> hits) {
        for (RuleHit hit : hits) {
            if (hit.counts() && hit.rule().field() == Field.ANNOTATION && hit.category() != verdict) {
                text.append(" The author's annotation ").append(hit.matched()).append(" suggests ")
                        .append(hit.category().label()).append(", which disagrees with this verdict;")
                        .append(" annotations are untrusted hints, weighed but not obeyed.");
            }
        }
    }

    /** The hits that pass, strongest first; equally strong ones keep their order. */
    private static List<RuleHit> strongestFirst(List<RuleHit> hits, Predicate<RuleHit> which) {
        List<RuleHit> selected = List.of();
        for (RuleHit hit : hits) {
            if (which.test(hit)) {
                selected = selected.isEmpty() ? new ArrayList<>(hits.size()) : selected;
                selected.add(hit);
            }
        }
        if (selected.size() > 1) {
            selected.sort(STRONGEST_FIRST);
        }
        return selected;
    }

    /**
     * One clause per quoted subject of the first {@code count} hits, in order of first mention, the second after
     * {@code second} and the others after {@code separator}: "the description 'x' says a and says b; the name 'y'
     * says c".
     */
    private static void appendClauses(StringBuilder text, List<RuleHit> hits, int count, String second,
                                      String separator) {
        int clauses = 0;
        for (int i = 0; i < count; i++) {
            if (mentionedBefore(hits, i)) {
                continue;
            }
            if (clauses++ > 0) {
                text.append(clauses == 2 ? second : separator);
            }
            appendSubject(text, hits.get(i));
            text.append(' ').append(hits.get(i).rule().reason());
            for (int k = i + 1; k < count; k++) {
                if (sameSubject(hits.get(i), hits.get(k))) {
                    text.append(" and ").append(hits.get(k).rule().reason());
                }
            }
        }
    }

    private static boolean mentionedBefore(List<RuleHit> hits, int i) {
        for (int k = 0; k < i; k++) {
            if (sameSubject(hits.get(k), hits.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSubject(RuleHit a, RuleHit b) {
        return a.rule().field() == b.rule().field() && a.quote().equals(b.quote());
    }

    private static void appendSubject(StringBuilder text, RuleHit hit) {
        switch (hit.rule().field()) {
            case NAME -> text.append("the name '").append(hit.quote()).append('\'');
            case DESCRIPTION -> text.append("the description '").append(hit.quote()).append('\'');
            case PARAM -> text.append("the parameter '").append(hit.quote()).append('\'');
            case ANNOTATION -> text.append("the annotation ").append(hit.quote());
            case VALUES -> text.append("the allowed values of parameter '").append(hit.quote()).append('\'');
        }
    }
}
