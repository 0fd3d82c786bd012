package io.mcpcatalog.crawl;

/** Why a file of crawl sources (or one of its sources) was not loaded: where, and what is wrong. */
public record SourceProblem(String path, String problem) {

    @Override
    public String toString() {
        return path + ": " + problem;
    }
}
