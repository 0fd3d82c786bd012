package io.mcpcatalog.policy;

import io.mcpcatalog.extract.ToolParam;
import java.util.List;
import java.util.Locale;

/**
 * Caps an amount argument of a Financial tool at the settings' cap (times 100 when the parameter is in cents).
 * A number is compared as a number; an amount written as text gets regular expressions over its digits.
 */
public record AmountCapHandle(HandleScope scope, List<String> minorUnitWords, HandleTexts overCap,
                              HandleTexts notPlain, String uncapped) implements PolicyHandle {

    private static final int MINOR_UNITS_PER_MAIN = 100;

    public AmountCapHandle {
        minorUnitWords = minorUnitWords.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public HandleResult apply(ToolParam param, PolicySettings settings) {
        String type = param.type() == null ? "string" : param.type();
        long cap = inMinorUnits(param) ? settings.amountCap() * MINOR_UNITS_PER_MAIN : settings.amountCap();
        String path = PolicyHandle.path(param);
        DenyRule over = switch (type) {
            case "integer", "number" -> new DenyRule(List.of(new Condition(path, "gt", cap, null, type)),
                    fill(overCap.onDeny(), param, cap), fill(overCap.explanation(), param, cap));
            case "string" -> new DenyRule(List.of(new Condition(path, "regex", DecimalAbove.regex(cap), null, type)),
                    fill(overCap.onDeny(), param, cap), fill(overCap.explanation(), param, cap));
            default -> null;
        };
        if (over == null) {
            return HandleResult.note(PolicyHandle.fill(uncapped, param).replace("{type}", type));
        }
        if (!type.equals("string")) {
            return HandleResult.deny(over);
        }
        DenyRule unreadable = new DenyRule(
                List.of(new Condition(path, "regex", DecimalAbove.notPlainRegex(), null, type)),
                PolicyHandle.fill(notPlain.onDeny(), param), PolicyHandle.fill(notPlain.explanation(), param));
        return HandleResult.deny(over, unreadable);
    }

    private boolean inMinorUnits(ToolParam param) {
        String text = (param.name() + " " + (param.description() == null ? "" : param.description()))
                .toLowerCase(Locale.ROOT);
        return minorUnitWords.stream().anyMatch(text::contains);
    }

    private static String fill(String text, ToolParam param, long cap) {
        return PolicyHandle.fill(text, param).replace("{cap}", String.format(Locale.ROOT, "%,d", cap));
    }
}
