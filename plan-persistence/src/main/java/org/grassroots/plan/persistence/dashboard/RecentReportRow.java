package org.grassroots.plan.persistence.dashboard;

import java.time.LocalDate;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.shared.Language;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;

/**
 * A report as a dashboard lists it: date, status, mission, state (null for a national report), summary excerpt and
 * the language it is written in.
 */
public record RecentReportRow(
        long id,
        LocalDate activityDate,
        ActivityReportStatus status,
        CodeLabel mission,
        @Nullable CodeLabel state,
        String summaryExcerpt,
        Language language) {}
