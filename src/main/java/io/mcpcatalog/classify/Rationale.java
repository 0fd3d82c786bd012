package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Writes a verdict as plain sentences that quote the tool's own name and description. */
final class Rationale {

    private static final int MAX_SUPPORT = 3;
    private static final Category[] CATEGORIES = Category.values();

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
            List<String> clauses = clauses(support.subList(0, Math.min(support.size(), MAX_SUPPORT)));
            text.append(": ").append(clauses.get(0)).append('.');
            if (clauses.size() > 1) {
                text.append(" Also ").append(String.join("; ", clauses.subList(1, clauses.size()))).append('.');
            }
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
            List<RuleHit> evidence = strongestFirst(hits, hit -> hit.counts() && hit.category() == other
                    && other != verdict && hit.rule().field() != Field.ANNOTATION);
            if (evidence.isEmpty()) {
                continue;
            }
            text.append(other.compareTo(verdict) > 0
                    ? " Evidence for " + other.label() + " was too weak to decide: "
                    : " Signs of " + other.label() + " give way to the more severe " + verdict.label() + ": ");
            text.append(String.join("; ", clauses(evidence))).append('.');
        }
    }

    private static void appendSetAside(StringBuilder text, List<RuleHit> hits) {
        for (RuleHit hit : hits) {
            if (hit.negated()) {
                text.append(" The description negates '").append(hit.matched()).append("' ('")
                        .append(hit.quote()).append("'), so it was not counted.");
            }
        }
        List<RuleHit> claimedAway = strongestFirst(hits, RuleHit::setAside);
        if (!claimedAway.isEmpty()) {
            text.append(" The claim that the tool only reads sets aside this evidence: ")
                    .append(String.join("; ", clauses(claimedAway)))
                    .append("; the claim is the author's word, so confidence is lower.");
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

    private static List<RuleHit> strongestFirst(List<RuleHit> hits, Predicate<RuleHit> which) {
        List<RuleHit> selected = new ArrayList<>();
        for (RuleHit hit : hits) {
            if (which.test(hit)) {
                selected.add(hit);
            }
        }
        selected.sort(Comparator.comparingDouble((RuleHit hit) -> hit.rule().weight()).reversed());
        return selected;
    }

    /** One clause per quoted subject: "the description 'x' says a and says b". */
    private static List<String> clauses(List<RuleHit> hits) {
        Map<String, List<String>> reasonsBySubject = new LinkedHashMap<>();
        for (RuleHit hit : hits) {
            reasonsBySubject.computeIfAbsent(subject(hit), subject -> new ArrayList<>()).add(hit.rule().reason());
        }
        List<String> clauses = new ArrayList<>(reasonsBySubject.size());
        reasonsBySubject.forEach((subject, reasons) -> clauses.add(subject + " " + String.join(" and ", reasons)));
        return clauses;
    }

    private static String subject(RuleHit hit) {
        return switch (hit.rule().field()) {
            case NAME -> "the name '" + hit.quote() + "'";
            case DESCRIPTION -> "the description '" + hit.quote() + "'";
            case PARAM -> "the parameter '" + hit.quote() + "'";
            case ANNOTATION -> "the annotation " + hit.quote();
            case VALUES -> "the allowed values of parameter '" + hit.quote() + "'";
        };
    }
}
