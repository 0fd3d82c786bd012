package io.mcpcatalog.classify;

import java.util.BitSet;
import java.util.List;

/** For each text of {@link ToolSignals}, where each rule may match: the only offsets its regex is tried at. */
record ToolCandidates(Candidates name, Candidates description, List<Candidates> params, Candidates annotations,
                      List<Candidates> values) {

    /** The slots of the rules with a candidate in some text: no other rule can match the tool. */
    BitSet slots() {
        BitSet slots = new BitSet();
        name.addSlotsTo(slots);
        description.addSlotsTo(slots);
        params.forEach(param -> param.addSlotsTo(slots));
        annotations.addSlotsTo(slots);
        values.forEach(value -> value.addSlotsTo(slots));
        return slots;
    }
}
