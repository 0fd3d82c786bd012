package io.mcpcatalog.extract.golang;

import java.util.List;

/** fmt.Sprintf over what is known: verbs take their argument's text when known; otherwise the result is partial. */
final class GoFormat {

    private GoFormat() {
    }

    static Str sprintf(Str format, List<Str> args) {
        if (!format.complete()) {
            return new Str(format.text(), false, format.unbound());
        }
        String f = format.text();
        StringBuilder out = new StringBuilder();
        boolean complete = true;
        boolean unbound = false;
        int next = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c != '%' || i + 1 >= f.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < f.length() && "+-# 0123456789.*[]".indexOf(f.charAt(j)) >= 0) {
                j++;
            }
            if (j >= f.length()) {
                out.append(f, i, f.length());
                break;
            }
            char verb = f.charAt(j);
            i = j;
            if (verb == '%') {
                out.append('%');
                continue;
            }
            Str arg = next < args.size() ? args.get(next) : Str.UNKNOWN;
            next++;
            unbound |= arg.unbound();
            if (arg.complete() && "svdq".indexOf(verb) >= 0) {
                out.append(verb == 'q' ? '"' + arg.text() + '"' : arg.text());
            } else {
                complete = false;
            }
        }
        return new Str(out.toString(), complete, unbound);
    }
}
