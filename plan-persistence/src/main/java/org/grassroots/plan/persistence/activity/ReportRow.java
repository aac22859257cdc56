package org.grassroots.plan.persistence.activity;

import java.time.Instant;
import java.time.LocalDate;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.shared.Language;
import org.jspecify.annotations.Nullable;

/** One report in a list: what, where, when, by whom and where it stands; the language its text is written in. */
public record ReportRow(
        long id,
        LocalDate activityDate,
        ActivityReportStatus status,
        ActivityType activityType,
        String missionCode,
        ReportName mission,
        String stateCode,
        ReportName state,
        @Nullable String city,
        String summaryExcerpt,
        Language language,
        ReportName priorityAreas,
        @Nullable Instant submittedAt,
        @Nullable String returnComment,
        String authorName) {}
