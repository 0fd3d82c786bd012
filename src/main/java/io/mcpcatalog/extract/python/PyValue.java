package io.mcpcatalog.extract.python;

/** A string resolved from source: its text, and whether parts built at run time were left out. */
record PyValue(String text, boolean partial) {

    static PyValue of(String text) {
        return new PyValue(text, false);
    }

    PyValue plus(PyValue other) {
        if (other == null) {
            return new PyValue(text, true);
        }
        return new PyValue(text + other.text, partial || other.partial);
    }

    PyValue map(java.util.function.UnaryOperator<String> operation) {
        return new PyValue(operation.apply(text), partial);
    }
}
