package org.grassroots.plan.persistence.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;

/** One activity report as the exports write it: codes with both labels, every column flat (no state: national). */
public record ReportExportRow(
        long id,
        ActivityReportStatus status,
        LocalDate activityDate,
        CodeLabel mission,
        @Nullable CodeLabel state,
        @Nullable String city,
        String activityType,
        List<CodeLabel> priorityAreas,
        @Nullable Integer participants,
        @Nullable CodeLabel audience,
        @Nullable Long initiativeId,
        String summary,
        @Nullable String outcome,
        @Nullable Instant submittedAt,
        @Nullable Instant reviewedAt) {}
