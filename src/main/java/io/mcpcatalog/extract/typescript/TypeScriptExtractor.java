package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every TypeScript/JavaScript pattern over one file, in order of specificity. A name found by two patterns in
 * the same file is one tool (the first pattern's reading wins). A tool the code marks as a deprecated alias of
 * another (its description or the comment before it says deprecated/alias and names the other tool, or it
 * shares the other's named handler) is recorded as an alias of that tool instead of a tool of its own.
 */
public final class TypeScriptExtractor implements LanguageExtractor {

    private static final Pattern ALIAS_MARKER = Pattern.compile(
            "(?i)\\b(deprecated|alias(es|ed)?|legacy|backward[s]?[- ]compat\\w*|renamed|old name|kept for compat\\w*)\\b");

    private final List<TsPattern> patterns = List.of(new McpServerToolExtractor(), new RegisterToolExtractor(),
            new ListToolsHandlerExtractor(), new ToolClassExtractor(), new ToolObjectExtractor());

    @Override
    public Set<Language> languages() {
        return TsPattern.LANGUAGES;
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        if (!TsPattern.LANGUAGES.contains(file.language())) {
            return List.of();
        }
        Resolver resolver = new Resolver(index);
        Map<String, Candidate> byName = new LinkedHashMap<>();
        for (TsPattern pattern : patterns) {
            for (Candidate candidate : pattern.find(file, resolver)) {
                byName.putIfAbsent(candidate.name(), candidate);
            }
        }
        return withAliases(new ArrayList<>(byName.values())).stream().map(Candidate::tool).toList();
    }

    static List<Candidate> withAliases(List<Candidate> candidates) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        List<Candidate> kept = new ArrayList<>(candidates);
        for (Candidate old : candidates) {
            String marker = old.description() + "\n" + old.comment();
            if (!ALIAS_MARKER.matcher(marker).find() || aliases.containsKey(old.name())) {
                continue;
            }
            for (Candidate current : candidates) {
                if (current == old || !kept.contains(current)) {
                    continue;
                }
                boolean sameHandler = old.handler() != null && old.handler().equals(current.handler());
                if (sameHandler || mentions(marker, current.name())) {
                    kept.remove(old);
                    aliases.computeIfAbsent(current.name(), k -> new ArrayList<>()).add(old.name());
                    break;
                }
            }
        }
        return kept.stream().map(c -> aliases.containsKey(c.name()) ? c.withAliases(aliases.get(c.name())) : c).toList();
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![A-Za-z0-9_\\-])" + Pattern.quote(name) + "(?![A-Za-z0-9_\\-])").matcher(text).find();
    }
}
