package org.grassroots.plan.persistence.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.jspecify.annotations.Nullable;

/** An initiative as a dashboard lists it, with its targets and actuals (empty where none are recorded). */
public record InitiativeSummaryRow(
        long id,
        @Nullable String titleJa,
        @Nullable String titleEn,
        InitiativeStatus status,
        int fiscalYear,
        List<Target> targets) {

    /** The title in the reader's language, or in the other one where it has none. */
    public String title(Locale locale) {
        var preferred = "ja".equals(locale.getLanguage()) ? titleJa : titleEn;
        var other = "ja".equals(locale.getLanguage()) ? titleEn : titleJa;
        return preferred != null && !preferred.isBlank() ? preferred : other == null ? "" : other;
    }

    /** One target of an initiative: indicator, unit, target value and the actual value so far (null = none yet). */
    public record Target(
            @Nullable String indicatorJa,
            @Nullable String indicatorEn,
            @Nullable String unit,
            BigDecimal targetValue,
            @Nullable BigDecimal actualValue) {

        public String indicator(Locale locale) {
            var preferred = "ja".equals(locale.getLanguage()) ? indicatorJa : indicatorEn;
            var other = "ja".equals(locale.getLanguage()) ? indicatorEn : indicatorJa;
            return preferred != null && !preferred.isBlank() ? preferred : other == null ? "" : other;
        }

        /** The actual as a share of the target, 0 to 100 (capped), or null when there is no actual or target. */
        public @Nullable Integer percent() {
            if (actualValue == null || targetValue.signum() == 0) {
                return null;
            }
            var share = actualValue
                    .multiply(BigDecimal.valueOf(100))
                    .divide(targetValue, 0, java.math.RoundingMode.HALF_UP)
                    .intValue();
            return Math.min(share, 100);
        }
    }
}
