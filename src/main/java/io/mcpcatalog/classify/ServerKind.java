package io.mcpcatalog.classify;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A kind of server (payments, accounting, shell, browser...) that a rule can be limited to, because the server's
 * context changes what a word means: "create a bill payment" moves money on a payments server and only records it
 * in an accounting app. Defined in {@code rules/index.yaml} by a lower-case regex over the server's context text
 * (its name split into words, then its description, lower-cased), matched on whole words.
 */
public record ServerKind(String name, Pattern pattern) {

    /** Every kind of the index's {@code server_kinds} (name to pattern), by name; none when the index has none. */
    static Map<String, ServerKind> compileAll(Map<String, String> patterns) {
        Map<String, ServerKind> kinds = new TreeMap<>();
        if (patterns != null) {
            patterns.forEach((name, pattern) -> kinds.put(name, compile(name, pattern)));
        }
        return kinds;
    }

    /** Compiles a kind's pattern, refusing capitals (the text is lower-cased) and malformed regexes. */
    static ServerKind compile(String name, String regex) {
        if (regex == null || regex.isBlank()) {
            throw new IllegalArgumentException("server kind '" + name + "' needs a pattern");
        }
        if (!regex.equals(regex.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("server kind '" + name + "': the pattern must be lower-case");
        }
        try {
            return new ServerKind(name, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])"));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("server kind '" + name + "': " + e.getDescription(), e);
        }
    }

    /** True when the server's name or description says it is of this kind. */
    public boolean admits(ServerContext server) {
        String name = server.name() == null ? "" : NameWords.spaced(server.name());
        String description = server.description() == null ? "" : server.description().toLowerCase(Locale.ROOT);
        return pattern.matcher(name + " \n " + description).find();
    }
}
