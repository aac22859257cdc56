package org.grassroots.plan.persistence.initiative;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.grassroots.plan.core.initiative.Target;
import org.jspecify.annotations.Nullable;

/**
 * A target of an initiative as the pages and exports read it: indicator and unit in both languages, the value
 * aimed at and the value reached so far (null until someone records it).
 */
public record TargetFigures(
        @Nullable String indicatorJa,
        @Nullable String indicatorEn,
        @Nullable String unitJa,
        @Nullable String unitEn,
        BigDecimal targetValue,
        @Nullable BigDecimal actualValue) {

    /** Reads the columns of {@code initiative_target} (or a query that names its columns the same way). */
    public static TargetFigures read(ResultSet rs) throws SQLException {
        return new TargetFigures(
                rs.getString("indicator_ja"),
                rs.getString("indicator_en"),
                rs.getString("unit_ja"),
                rs.getString("unit_en"),
                rs.getBigDecimal("target_value"),
                rs.getBigDecimal("actual_value"));
    }

    public DisplayTitle indicator(Locale locale) {
        return DisplayTitle.of(indicatorJa, indicatorEn, locale);
    }

    /** The unit in the reader's language, or in the other one; empty text where the target has no unit. */
    public DisplayTitle unit(Locale locale) {
        return DisplayTitle.of(unitJa, unitEn, locale);
    }

    public boolean hasUnit() {
        return (unitJa != null && !unitJa.isBlank()) || (unitEn != null && !unitEn.isBlank());
    }

    /** Progress towards the target in percent, or null when nothing is measured yet or the target is zero. */
    public @Nullable Integer progressPercent() {
        return Target.progressPercent(targetValue, actualValue);
    }

    /** The progress capped at 100, for a progress bar. */
    public int progressBar() {
        Integer percent = progressPercent();
        return percent == null ? 0 : Math.min(100, percent);
    }
}
