package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The strings the common string macros produce from their argument tokens: {@code concat!}, {@code format!}
 * (holes filled when their values are static), {@code include_str!} (a file of the tree), {@code indoc!},
 * {@code formatdoc!}, {@code stringify!}.
 */
final class RustMacroStrings {

    private final RustStrings strings;
    private final SourceIndex index;

    RustMacroStrings(RustStrings strings, SourceIndex index) {
        this.strings = strings;
        this.index = index;
    }

    Optional<StaticText> call(ParsedFile file, String name, List<List<TSNode>> args) {
        switch (name) {
            case "concat": {
                StaticText text = StaticText.full("");
                for (List<TSNode> arg : args) {
                    text = text.append(strings.tokens(file, arg).orElse(StaticText.unknown()));
                }
                return Optional.of(text);
            }
            case "include_str": {
                Optional<StaticText> path = args.isEmpty() ? Optional.empty() : strings.tokens(file, args.get(0));
                if (path.isEmpty() || path.get().partial() || index == null) {
                    return Optional.empty();
                }
                String resolved = SourceIndex.resolve(file.path(), path.get().text());
                return resolved == null ? Optional.empty() : index.text(resolved).map(StaticText::full);
            }
            case "indoc", "formatdoc": {
                Optional<StaticText> raw = name.equals("indoc") ? (args.isEmpty() ? Optional.empty() : strings.tokens(file, args.get(0)))
                        : format(file, args);
                return raw.map(text -> new StaticText(RustLiterals.indoc(text.text()), text.partial()));
            }
            case "format", "format_args", "const_format::formatcp", "formatcp":
                return format(file, args);
            case "stringify":
                return Optional.of(StaticText.full(String.join(" ", args.stream()
                        .map(arg -> String.join(" ", arg.stream().map(file::text).toList())).toList())));
            default:
                return Optional.empty();
        }
    }

    private Optional<StaticText> format(ParsedFile file, List<List<TSNode>> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        Optional<StaticText> template = strings.tokens(file, args.get(0));
        if (template.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<StaticText>> positional = new ArrayList<>();
        Map<String, Optional<StaticText>> named = new HashMap<>();
        for (List<TSNode> arg : args.subList(1, args.size())) {
            if (arg.size() >= 3 && arg.get(0).getType().equals("identifier") && file.text(arg.get(1)).equals("=")) {
                named.put(file.text(arg.get(0)), strings.tokens(file, arg.subList(2, arg.size())));
            } else {
                positional.add(strings.tokens(file, arg));
            }
        }
        return Optional.of(RustFormat.apply(template.get(), positional, named, n -> strings.constant(file, n)));
    }
}
