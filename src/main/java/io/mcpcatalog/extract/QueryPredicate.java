package io.mcpcatalog.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryPredicateStep;
import org.treesitter.TSQueryPredicateStepType;

/** One text predicate of a query pattern, e.g. {@code (#eq? @method "tool")}, tested against a match's captures. */
record QueryPredicate(String operator, String capture, List<String> values, Pattern regex) {

    private static final Set<String> OPERATORS = Set.of("eq?", "not-eq?", "match?", "not-match?", "any-of?");

    static List<QueryPredicate> of(TSQuery query, int pattern) {
        List<QueryPredicate> predicates = new ArrayList<>();
        List<TSQueryPredicateStep> steps = new ArrayList<>();
        for (TSQueryPredicateStep step : query.getPredicateForPattern(pattern)) {
            if (step.getType() == TSQueryPredicateStepType.TSQueryPredicateStepTypeDone) {
                predicates.add(parse(query, steps));
                steps.clear();
            } else {
                steps.add(step);
            }
        }
        return predicates;
    }

    private static QueryPredicate parse(TSQuery query, List<TSQueryPredicateStep> steps) {
        String operator = query.getStringValueForId(steps.get(0).getValueId());
        if (!OPERATORS.contains(operator) || steps.size() < 3
                || steps.get(1).getType() != TSQueryPredicateStepType.TSQueryPredicateStepTypeCapture) {
            throw new IllegalArgumentException("unsupported query predicate #" + operator);
        }
        String capture = query.getCaptureNameForId(steps.get(1).getValueId());
        List<String> values = new ArrayList<>();
        for (TSQueryPredicateStep step : steps.subList(2, steps.size())) {
            values.add(query.getStringValueForId(step.getValueId()));
        }
        Pattern regex = operator.endsWith("match?") ? Pattern.compile(values.get(0)) : null;
        return new QueryPredicate(operator, capture, List.copyOf(values), regex);
    }

    /** True when every node captured under the predicate's capture satisfies it (vacuously true when none). */
    boolean test(Map<String, List<TSNode>> captures, ParsedFile file) {
        for (TSNode node : captures.getOrDefault(capture, List.of())) {
            String text = file.text(node);
            boolean holds = switch (operator) {
                case "eq?" -> values.get(0).equals(text);
                case "not-eq?" -> !values.get(0).equals(text);
                case "match?" -> regex.matcher(text).find();
                case "not-match?" -> !regex.matcher(text).find();
                default -> values.contains(text);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
