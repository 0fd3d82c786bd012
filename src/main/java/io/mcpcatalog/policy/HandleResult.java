package io.mcpcatalog.policy;

import java.util.List;

/** What a handle adds for one parameter: deny rules, or a note saying why it could write none. */
public record HandleResult(List<DenyRule> denials, List<String> notes) {

    public HandleResult {
        denials = List.copyOf(denials);
        notes = List.copyOf(notes);
    }

    public static HandleResult deny(DenyRule... denials) {
        return new HandleResult(List.of(denials), List.of());
    }

    public static HandleResult note(String note) {
        return new HandleResult(List.of(), List.of(note));
    }
}
