package org.grassroots.plan.persistence.initiative;

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
        List<TargetFigures> targets,
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

    /** An activity report filed for the initiative. */
    public record LinkedReport(long id, LocalDate activityDate, CodeLabel mission, ActivityReportStatus status) {}
}
