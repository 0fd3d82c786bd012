package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * One SDK pattern of TypeScript/JavaScript: its query (extract/queries/{typescript,javascript}/{ts,js}-&lt;base&gt;.scm)
 * and how a match becomes tools. A match that cannot be read is skipped, never thrown.
 */
abstract class TsPattern implements LanguageExtractor {

    static final Set<Language> LANGUAGES = Set.of(Language.TYPESCRIPT, Language.JAVASCRIPT);

    private final String base;

    TsPattern(String base) {
        this.base = base;
    }

    @Override
    public Set<Language> languages() {
        return LANGUAGES;
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        return find(file, new Resolver(index)).stream().map(Candidate::tool).toList();
    }

    /** The pattern id recorded as provenance: ts-&lt;base&gt; or js-&lt;base&gt;. */
    String id(ParsedFile file) {
        return (file.language() == Language.JAVASCRIPT ? "js-" : "ts-") + base;
    }

    List<Candidate> find(ParsedFile file, Resolver resolver) {
        if (!LANGUAGES.contains(file.language())) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        for (QueryMatch match : PatternQuery.of(file.language(), id(file)).matches(file)) {
            try {
                found.addAll(read(file, match, resolver));
            } catch (RuntimeException | StackOverflowError e) {
                // code this pattern cannot read is skipped; the other matches still count
            }
        }
        return found;
    }

    abstract List<Candidate> read(ParsedFile file, QueryMatch match, Resolver resolver);

    /**
     * Whether a tool read through loop bindings is an object definition that {@link ToolObjectExtractor} reports
     * from its own file already (so it is not reported twice).
     */
    static boolean definedAsObject(Resolver resolver, Map<String, Ref> env, String name) {
        for (Ref bound : env.values()) {
            if (bound == null) {
                continue;
            }
            Ref value = definition(resolver, bound);
            if (!ToolObjects.reportedInOwnFile(value)) {
                continue;
            }
            if (Ts.is(value.node(), "object") && ToolObjects.read(resolver, Ref.of(value.file(), value.node()), "")
                    .map(c -> c.name().equals(name)).orElse(false)) {
                return true;
            }
            if (Ts.isClass(value.node()) && ToolClasses.read(resolver, Ref.of(value.file(), value.node()), "")
                    .map(c -> c.name().equals(name)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a tool read through loop bindings is defined: the definition bound to the loop variable (an object or a
     * class), else {@code fallback} (the registration itself).
     */
    static Ref origin(Resolver resolver, Map<String, Ref> env, Ref fallback) {
        for (Ref bound : env.values()) {
            if (bound != null) {
                Ref value = definition(resolver, bound);
                if (Ts.is(value.node(), "object") || Ts.isClass(value.node())) {
                    return value;
                }
            }
        }
        return fallback;
    }

    /** The object or class a loop variable stands for; for a destructured field, the object the field is read from. */
    private static Ref definition(Resolver resolver, Ref bound) {
        TSNode parent = bound.node().getParent();
        if (Ts.is(parent, "pair") && Ts.is(parent.getParent(), "object")
                && parent.getChildByFieldName("value").getStartByte() == bound.node().getStartByte()) {
            return bound.at(parent.getParent());
        }
        if (Ts.is(parent, "pair")) {
            return resolver.resolve(bound.at(parent.getChildByFieldName("value")));
        }
        if (Ts.is(bound.node(), "shorthand_property_identifier") && Ts.is(parent, "object")) {
            return bound.at(parent);
        }
        return resolver.resolve(bound);
    }

    /** The text of a handler given by name (null for an inline function), for alias detection. */
    static String handlerKey(Ref handler) {
        return handler != null && Ts.is(Ts.unwrap(handler.node()), "identifier", "member_expression") ? handler.text() : null;
    }
}
