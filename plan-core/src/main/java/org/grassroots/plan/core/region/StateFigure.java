package org.grassroots.plan.core.region;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A published figure for a state: a number or a text (a sister state, say), the year it refers to (null when the
 * source gives none), its source and how far it can be trusted.
 */
public record StateFigure(
        String metric,
        @Nullable BigDecimal value,
        @Nullable String valueText,
        @Nullable Integer year,
        String source,
        String confidence) {

    /** The figure in one line, as the history keeps it: "metric: value (year) · source · confidence". */
    public String describe() {
        String shown = value != null ? value.stripTrailingZeros().toPlainString() : "";
        if (valueText != null && !valueText.isBlank()) {
            shown = shown.isEmpty() ? valueText : shown + " " + valueText;
        }
        return metric + ": " + shown + " (" + (year == null ? "–" : year) + ") · " + source + " · " + confidence;
    }
}
