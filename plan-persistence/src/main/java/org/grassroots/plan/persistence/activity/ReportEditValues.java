package org.grassroots.plan.persistence.activity;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.shared.Language;
import org.jspecify.annotations.Nullable;

/** A report's content as codes and ids, to fill the edit form. */
public record ReportEditValues(
        long id,
        long version,
        ActivityReportStatus status,
        long authorId,
        String missionCode,
        String stateCode,
        @Nullable Long countyId,
        @Nullable String city,
        LocalDate activityDate,
        ActivityType activityType,
        List<String> priorityAreaCodes,
        List<String> sectorCodes,
        @Nullable String audienceCode,
        @Nullable String interestTierCode,
        List<String> regionalApproachCodes,
        @Nullable Integer participants,
        @Nullable String counterpart,
        String summary,
        @Nullable String outcome,
        @Nullable String followUp,
        Language language,
        @Nullable Long initiativeId,
        List<String> links) {}
