package io.mcpcatalog.extract.rust;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** serde's {@code rename_all} conventions, for field names (written snake_case) and variants (PascalCase). */
final class RustCase {

    private RustCase() {
    }

    static String field(String name, String rule) {
        if (rule == null) {
            return name;
        }
        return join(List.of(name.split("_")), rule, name);
    }

    static String variant(String name, String rule) {
        if (rule == null) {
            return name;
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c) && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(c);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return join(words, rule, name);
    }

    private static String join(List<String> words, String rule, String original) {
        List<String> lower = words.stream().filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return switch (rule) {
            case "lowercase" -> String.join("", lower);
            case "UPPERCASE" -> String.join("", lower).toUpperCase(Locale.ROOT);
            case "snake_case" -> String.join("_", lower);
            case "SCREAMING_SNAKE_CASE" -> String.join("_", lower).toUpperCase(Locale.ROOT);
            case "kebab-case" -> String.join("-", lower);
            case "SCREAMING-KEBAB-CASE" -> String.join("-", lower).toUpperCase(Locale.ROOT);
            case "camelCase" -> {
                StringBuilder out = new StringBuilder();
                for (String w : lower) {
                    out.append(out.length() == 0 ? w : capitalize(w));
                }
                yield out.toString();
            }
            case "PascalCase" -> String.join("", lower.stream().map(RustCase::capitalize).toList());
            default -> original;
        };
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
