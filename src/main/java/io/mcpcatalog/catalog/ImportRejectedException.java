package io.mcpcatalog.catalog;

import java.util.List;

/** An import refused as a whole; nothing of it was written. The problems say what is wrong and where. */
public class ImportRejectedException extends RuntimeException {

    private final List<String> problems;

    public ImportRejectedException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
