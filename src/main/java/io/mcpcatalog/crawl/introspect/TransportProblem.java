package io.mcpcatalog.crawl.introspect;

/** What went wrong on the server's side of the pipe: "exited with code 3", with detail such as its last stderr. */
record TransportProblem(String what, String detail) {

    String during(String phase) {
        return what + " during " + phase + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
