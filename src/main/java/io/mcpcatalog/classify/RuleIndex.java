package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that decides, per text of a tool, where each rule of a list is worth trying: per field, the
 * {@link StartIndex}es (word starts, every character) and the {@link LiteralIndex}. Each text is read once per
 * index, whatever the number of rules. A rule's slot is its position in the list.
 */
final class RuleIndex {

    /** Start probes accepted at fewer characters than this say little about a text. */
    private static final int VAGUE = 6;

    private final int slotCount;
    private final Map<Field, List<StartIndex>> starts = new EnumMap<>(Field.class);
    private final Map<Field, LiteralIndex> literals = new EnumMap<>(Field.class);
    /** Parameter and enum texts repeat across tools: where the rules may match them is kept by text. */
    private final Map<Field, BoundedMemo<String, Candidates>> repeated = new EnumMap<>(Map.of(
            Field.PARAM, new BoundedMemo<>(16_384), Field.VALUES, new BoundedMemo<>(4_096)));

    RuleIndex(List<Rule> rules) {
        this.slotCount = rules.size();
        for (Field field : Field.values()) {
            List<StartIndex> indexes = new ArrayList<>(2);
            for (boolean wholeWords : new boolean[] {true, false}) {
                List<Integer> slots = slots(rules, field, wholeWords);
                if (!slots.isEmpty()) {
                    indexes.add(new StartIndex(wholeWords, toArray(slots),
                            slots.stream().map(slot -> rules.get(slot).pattern()).toList()));
                }
            }
            starts.put(field, List.copyOf(indexes));
            List<Integer> slots = slots(rules, field, null);
            List<LiteralNeeds> literalSets = new ArrayList<>(slots.size());
            slots.forEach(slot -> literalSets.add(startsVaguely(rules.get(slot).pattern())
                    ? rules.get(slot).pattern().literals() : null));
            literals.put(field, new LiteralIndex(slotCount, toArray(slots), literalSets));
        }
    }

    /** Where each rule may match in each of the tool's texts. */
    ToolCandidates scan(ToolSignals signals) {
        // One builder for all the texts of the tool: each build empties it.
        Candidates.Builder builder = new Candidates.Builder();
        return new ToolCandidates(scan(Field.NAME, signals.name(), builder),
                scan(Field.DESCRIPTION, signals.description(), builder), scan(Field.PARAM, signals.params(), builder),
                scan(Field.ANNOTATION, signals.annotations(), builder), scan(Field.VALUES, signals.values(), builder));
    }

    private List<Candidates> scan(Field field, List<ToolSignals.Param> texts, Candidates.Builder builder) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Candidates> candidates = new ArrayList<>(texts.size());
        BoundedMemo<String, Candidates> memo = repeated.get(field);
        for (ToolSignals.Param param : texts) {
            SignalText text = param.text();
            candidates.add(memo.get(text.original(), original -> scan(field, text, builder)));
        }
        return candidates;
    }

    private Candidates scan(Field field, SignalText text, Candidates.Builder candidates) {
        List<StartIndex> indexes = starts.get(field);
        if (indexes.isEmpty()) {
            return Candidates.NONE;
        }
        for (StartIndex index : indexes) {
            index.scan(text, candidates);
        }
        return candidates.build(literals.get(field), text);
    }

    /**
     * True when the start probes stop after a few characters without a match (at a \\w, say): such a rule would
     * be tried at many offsets where it fails, so its literals are checked first. Other rules' probes already see
     * what the literals would, and leaving them out keeps the automaton small.
     */
    private static boolean startsVaguely(RulePattern pattern) {
        return Math.min(pattern.atTextStart().shortestGuess(), pattern.elsewhere().shortestGuess()) < VAGUE;
    }

    /** The slots of the rules reading {@code field}, whole-word or not as given (null: both). */
    private static List<Integer> slots(List<Rule> rules, Field field, Boolean wholeWords) {
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < rules.size(); slot++) {
            Rule rule = rules.get(slot);
            if (rule.field() == field && (wholeWords == null || rule.pattern().wholeWords() == wholeWords)) {
                slots.add(slot);
            }
        }
        return slots;
    }

    private static int[] toArray(List<Integer> slots) {
        return slots.stream().mapToInt(Integer::intValue).toArray();
    }
}
