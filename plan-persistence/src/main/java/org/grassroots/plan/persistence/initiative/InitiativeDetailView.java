package org.grassroots.plan.persistence.initiative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;

/** Everything the detail page and the edit form show of one initiative, with labels in both languages. */
public record InitiativeDetailView(
        long id,
        long version,
        @Nullable String titleJa,
        @Nullable String titleEn,
        @Nullable String summaryJa,
        @Nullable String summaryEn,
        InitiativeStatus status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        int fiscalYear,
        boolean nationwide,
        @Nullable CodeLabel leadMission,
        @Nullable CodeLabel interestTier,
        List<CodeLabel> priorityAreas,
        List<CodeLabel> sectors,
        List<CodeLabel> regionalApproaches,
        List<CodeLabel> audiences,
        List<CodeLabel> states,
        List<PartnerLine> partners,
        List<TargetLine> targets,
        List<LinkedReport> reports,
        boolean jaTranslationStale,
        boolean enTranslationStale,
        boolean archived,
        Instant createdAt,
        @Nullable String createdBy,
        Instant updatedAt,
        @Nullable String updatedBy) {

    public DisplayTitle title(Locale locale) {
        return DisplayTitle.of(titleJa, titleEn, locale);
    }

    /** A partner organisation and its kind (enum name). */
    public record PartnerLine(String name, String kind) {}

    /** A target with its progress; progress is null when nothing is measured yet or the target is zero. */
    public record TargetLine(
            @Nullable String indicatorJa,
            @Nullable String indicatorEn,
            @Nullable String unit,
            BigDecimal targetValue,
            @Nullable BigDecimal actualValue) {

        public @Nullable Integer progressPercent() {
            if (actualValue == null || targetValue.signum() == 0) {
                return null;
            }
            return actualValue
                    .multiply(BigDecimal.valueOf(100))
                    .divide(targetValue, 0, RoundingMode.HALF_UP)
                    .intValue();
        }

        /** The progress capped at 100, for a progress bar. */
        public int progressBar() {
            Integer percent = progressPercent();
            return percent == null ? 0 : Math.min(100, percent);
        }

        public DisplayTitle indicator(Locale locale) {
            return DisplayTitle.of(indicatorJa, indicatorEn, locale);
        }
    }

    /** An activity report filed for the initiative. */
    public record LinkedReport(long id, LocalDate activityDate, CodeLabel mission, ActivityReportStatus status) {}
}
