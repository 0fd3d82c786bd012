package io.mcpcatalog.classify;

import java.util.List;

/** For each text of {@link ToolSignals}, where each rule may match: the only offsets its regex is tried at. */
record ToolCandidates(Candidates name, Candidates description, List<Candidates> params, Candidates annotations,
                      List<Candidates> values) {
}
