package org.grassroots.plan.core.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grassroots.plan.core.initiative.Initiative;
import org.grassroots.plan.core.reference.Audience;
import org.grassroots.plan.core.reference.County;
import org.grassroots.plan.core.reference.InterestTier;
import org.grassroots.plan.core.reference.PriorityArea;
import org.grassroots.plan.core.reference.RegionalApproach;
import org.grassroots.plan.core.reference.Sector;
import org.jspecify.annotations.Nullable;

/** What a report says about an activity, with its references resolved to entities. */
public record ActivityDetails(
        @Nullable County county,
        @Nullable String city,
        LocalDate activityDate,
        ActivityType activityType,
        @Nullable Audience audience,
        @Nullable InterestTier interestTier,
        @Nullable Integer participants,
        @Nullable String counterpart,
        String summary,
        @Nullable String outcome,
        @Nullable String followUp,
        String language,
        @Nullable Initiative initiative,
        Set<PriorityArea> priorityAreas,
        Set<Sector> sectors,
        Set<RegionalApproach> regionalApproaches,
        List<String> links) {

    public ActivityDetails {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A report needs a summary");
        }
        if (participants != null && participants < 0) {
            throw new IllegalArgumentException("Participants must not be negative");
        }
        priorityAreas = Set.copyOf(priorityAreas);
        sectors = Set.copyOf(sectors);
        regionalApproaches = Set.copyOf(regionalApproaches);
        links = List.copyOf(links);
    }
}
