package org.grassroots.plan.persistence.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.shared.Language;
import org.jspecify.annotations.Nullable;

/** Everything the report page shows, with its timeline (oldest first) and press links. */
public record ReportDetail(
        long id,
        long version,
        ActivityReportStatus status,
        String missionCode,
        ReportName mission,
        String stateCode,
        ReportName state,
        @Nullable String county,
        @Nullable String city,
        LocalDate activityDate,
        ActivityType activityType,
        ReportName priorityAreas,
        ReportName sectors,
        ReportName regionalApproaches,
        @Nullable ReportName audience,
        @Nullable ReportName interestTier,
        @Nullable Integer participants,
        @Nullable String counterpart,
        String summary,
        @Nullable String outcome,
        @Nullable String followUp,
        Language language,
        @Nullable Long initiativeId,
        @Nullable ReportName initiativeTitle,
        @Nullable String returnComment,
        long authorId,
        String authorName,
        long lastModifiedById,
        String lastModifiedByName,
        @Nullable Instant submittedAt,
        List<String> links,
        List<ReportTransitionRow> timeline) {

    ReportDetail with(List<String> links, List<ReportTransitionRow> timeline) {
        return new ReportDetail(
                id,
                version,
                status,
                missionCode,
                mission,
                stateCode,
                state,
                county,
                city,
                activityDate,
                activityType,
                priorityAreas,
                sectors,
                regionalApproaches,
                audience,
                interestTier,
                participants,
                counterpart,
                summary,
                outcome,
                followUp,
                language,
                initiativeId,
                initiativeTitle,
                returnComment,
                authorId,
                authorName,
                lastModifiedById,
                lastModifiedByName,
                submittedAt,
                List.copyOf(links),
                List.copyOf(timeline));
    }
}
