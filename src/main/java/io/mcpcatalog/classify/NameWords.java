package io.mcpcatalog.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Splits identifiers into lower-case words, so that rules see "stop background" and never "rm" inside "format". */
final class NameWords {

    private NameWords() {
    }

    /** camelCase, snake_case, kebab-case, dotted and digit runs: "getHTMLPage2_v" gives get, html, page, 2, v. */
    static List<String> split(String identifier) {
        String lower = SignalText.lowerCase(identifier);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                addWord(words, lower, start, i);
                start = -1;
            } else if (start < 0) {
                start = i;
            } else if (startsWord(identifier, i)) {
                addWord(words, lower, start, i);
                start = i;
            }
        }
        addWord(words, lower, start, identifier.length());
        return words;
    }

    /**
     * The tool name as space-separated words, without the prefixes clients and servers put in front of it
     * ("mcp_ssh_mcp_createTerminalSession" of server "Mcp Ssh" gives "create terminal session"): leading
     * words that are "mcp" or a word of the server's name are dropped, but never the last word.
     */
    static String of(String toolName, ServerContext server) {
        List<String> words = split(toolName);
        Set<String> prefixes = new HashSet<>(split(server.name() == null ? "" : server.name()));
        prefixes.add("mcp");
        int first = 0;
        while (first < words.size() - 1 && prefixes.contains(words.get(first))) {
            first++;
        }
        return String.join(" ", words.subList(first, words.size()));
    }

    private static boolean startsWord(String text, int i) {
        char previous = text.charAt(i - 1);
        char current = text.charAt(i);
        if (Character.isDigit(previous) != Character.isDigit(current)) {
            return true;
        }
        if (Character.isUpperCase(current) && Character.isLowerCase(previous)) {
            return true;
        }
        // The last capital of an acronym starts the next word: "HTMLPage" is html, page.
        return Character.isUpperCase(current) && Character.isUpperCase(previous)
                && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }

    private static void addWord(List<String> words, String text, int start, int end) {
        if (start >= 0 && end > start) {
            words.add(text.substring(start, end));
        }
    }
}
