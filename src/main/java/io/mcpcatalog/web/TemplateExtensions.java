package io.mcpcatalog.web;

import io.mcpcatalog.classify.Risk;
import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Small formatting helpers for the HTML pages. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** CSS class suffix of a risk badge: low, medium, high, critical. */
    static String cssClass(Risk risk) {
        return risk.label().toLowerCase(Locale.ROOT);
    }

    /** 0.9 becomes "90%". */
    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
