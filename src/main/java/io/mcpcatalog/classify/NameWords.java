package io.mcpcatalog.classify;

import java.util.Arrays;
import java.util.List;

/** Splits identifiers into lower-case words, so that rules see "stop background" and never "rm" inside "format". */
final class NameWords {

    /** Per ASCII character, what the Character methods below say of it: looked up, as names are mostly ASCII. */
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte DIGIT = 2;
    private static final byte UPPER = 4;
    private static final byte LOWER = 8;
    private static final byte[] ASCII = asciiKinds();
    private static final String PROVIDER = "Provider";

    private NameWords() {
    }

    /** camelCase, snake_case, kebab-case, dotted and digit runs: "getHTMLPage2_v" gives get, html, page, 2, v. */
    static List<String> split(String identifier) {
        String spaced = spaced(identifier);
        return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    }

    /** The words of {@link #split} joined by single spaces: "getHTMLPage2_v" gives "get html page 2 v". */
    static String spaced(String identifier) {
        // At most one space before each character: a plain array is cheaper than a StringBuilder's checks.
        char[] words = new char[identifier.length() * 2];
        int length = 0;
        boolean inWord = false;
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (!isLetterOrDigit(c)) {
                inWord = false;
                continue;
            }
            if ((!inWord || startsWord(identifier, i)) && length > 0) {
                words[length++] = ' ';
            }
            inWord = true;
            words[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 128 ? c : Character.toLowerCase(c);
        }
        return new String(words, 0, length);
    }

    /**
     * The tool name as space-separated words, without the prefixes clients and servers put in front of it
     * ("mcp_ssh_mcp_createTerminalSession" of server "Mcp Ssh" gives "create terminal session"): leading
     * words that are "mcp", a word of the server's name or its {@link #initials} are dropped, but never the last
     * word, and so is a namespace written unlike the name after it (see {@link #withoutNamespace}). A trailing "tool"
     * after two or more words is a suffix too ("box_users_locate_by_name_tool"), not what the tool acts on, and so is
     * a capitalised one after one word ("Key-Tool"); "get_tool" may get a tool.
     */
    static String of(String toolName, ServerContext server) {
        String words = withoutPrefixes(toolName, server);
        int last = words.lastIndexOf(' ');
        boolean suffix = words.endsWith(" tool") && (words.indexOf(' ') < last || toolName.endsWith("Tool"));
        return last > 0 && suffix ? words.substring(0, last) : words;
    }

    private static String withoutPrefixes(String toolName, ServerContext server) {
        String words = spaced(withoutNamespace(toolName));
        String serverWords = spaced(server.name() == null ? "" : server.name());
        String prefixes = " " + serverWords + " " + initials(serverWords) + " ";
        int first = 0;
        for (int end = words.indexOf(' '); end >= 0; end = words.indexOf(' ', first)) {
            if (!isWord(words, first, end, " mcp ") && !isWord(words, first, end, prefixes)) {
                break;
            }
            first = end + 1;
        }
        return words.substring(first);
    }

    /**
     * The first letters of the server's words other than "mcp" and "server", when there are two or more: "mb" of
     * "mcp-mercado-bitcoin" and "ha" of "Home Assistant" are prefixes too ("mb_get_orders", "ha_list_entities").
     */
    private static String initials(String serverWords) {
        StringBuilder initials = new StringBuilder(4);
        for (int from = 0; from < serverWords.length(); ) {
            int end = serverWords.indexOf(' ', from);
            end = end < 0 ? serverWords.length() : end;
            if (!isWord(serverWords, from, end, " mcp server ")) {
                initials.append(serverWords.charAt(from));
            }
            from = end + 1;
        }
        return initials.length() >= 2 ? initials.toString() : "";
    }

    /**
     * Drops AgentKit's action provider class ("BaseMcpNftActionProvider_transfer_nft") and a kebab-case namespace
     * before a snake_case name ("macos-use_click_and_traverse"): a segment that is not how the rest is written.
     */
    private static String withoutNamespace(String toolName) {
        int underscore = toolName.indexOf('_');
        if (underscore <= 0 || underscore + 1 == toolName.length()) {
            return toolName;
        }
        int providerStart = underscore - PROVIDER.length();
        boolean provider = providerStart > 0 && toolName.startsWith(PROVIDER, providerStart)
                && isUpperCase(toolName.charAt(0));
        int hyphen = toolName.indexOf('-');
        boolean kebab = hyphen > 0 && hyphen < underscore && toolName.indexOf('-', underscore) < 0;
        return provider || kebab ? toolName.substring(underscore + 1) : toolName;
    }

    /** True when words[from, to) is one of the space-separated words of {@code spacedWords}, spaces around. */
    private static boolean isWord(String words, int from, int to, String spacedWords) {
        int length = to - from;
        for (int at = spacedWords.indexOf(' '); at + length + 1 < spacedWords.length();
             at = spacedWords.indexOf(' ', at + 1)) {
            if (spacedWords.charAt(at + length + 1) == ' ' && spacedWords.regionMatches(at + 1, words, from, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String text, int i) {
        char previous = text.charAt(i - 1);
        char current = text.charAt(i);
        if (isDigit(previous) != isDigit(current)) {
            return true;
        }
        if (isUpperCase(current) && isLowerCase(previous)) {
            return true;
        }
        // The last capital of an acronym starts the next word: "HTMLPage" is html, page.
        return isUpperCase(current) && isUpperCase(previous)
                && i + 1 < text.length() && isLowerCase(text.charAt(i + 1));
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    private static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    private static boolean isLowerCase(char c) {
        return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    private static byte[] asciiKinds() {
        byte[] kinds = new byte[128];
        for (char c = 0; c < 128; c++) {
            kinds[c] = (byte) ((Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0));
        }
        return kinds;
    }
}
