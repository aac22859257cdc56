package org.grassroots.plan.core.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a mission writes in a report, as codes and ids straight from a form or an import row. {@link
 * ReportContentResolver} checks it against the reference data and the mission's jurisdiction.
 */
public record ReportContent(
        @Nullable String stateCode,
        @Nullable Long countyId,
        @Nullable String city,
        @Nullable LocalDate activityDate,
        @Nullable ActivityType activityType,
        Set<String> priorityAreaCodes,
        Set<String> sectorCodes,
        @Nullable String audienceCode,
        @Nullable String interestTierCode,
        Set<String> regionalApproachCodes,
        @Nullable Integer participants,
        @Nullable String counterpart,
        @Nullable String summary,
        @Nullable String outcome,
        @Nullable String followUp,
        @Nullable String language,
        @Nullable Long initiativeId,
        List<String> links) {

    /** The state code that files a report for the whole U.S. (no state): national scope. */
    public static final String NATIONAL = "US";

    public boolean isNational() {
        return NATIONAL.equals(stateCode);
    }

    public ReportContent {
        priorityAreaCodes = Set.copyOf(priorityAreaCodes);
        sectorCodes = Set.copyOf(sectorCodes);
        regionalApproachCodes = Set.copyOf(regionalApproachCodes);
        links = List.copyOf(links);
    }
}
