package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Tool definitions written as object literals: the entries of a low-level server's tools/list array, `Tool`-typed
 * constants, registry arrays, and objects handed to helpers such as `server.addTool({...})` or
 * `defineTool({ schema: {...} })`. Each is reported from the file it is written in, wherever it is listed.
 */
public final class ToolObjectExtractor extends TsPattern {

    public ToolObjectExtractor() {
        super("tool-object");
    }

    @Override
    List<Candidate> read(ParsedFile file, QueryMatch match, Resolver resolver) {
        Ref object = Ref.of(file, match.first("object").orElseThrow());
        if (!ToolObjects.reportedInOwnFile(object)) {
            return List.of();
        }
        return ToolObjects.read(resolver, object, id(file)).stream().toList();
    }
}
