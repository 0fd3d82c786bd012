package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Classification;
import java.util.Map;

/** A server's import together with the classification of each of its tools, by tool name. */
record ClassifiedServer(ServerImport server, Map<String, Classification> classifications) {
}
