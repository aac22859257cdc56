package org.grassroots.plan.persistence.dashboard;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A published figure for a state as recorded (never comparable across metrics or sources): a number or a text, its
 * year (null when the source gives none) and its source.
 */
public record StateFigureRow(
        String metric,
        @Nullable BigDecimal value,
        @Nullable String valueText,
        @Nullable Integer year,
        String source,
        String confidence) {}
