package org.grassroots.plan.web.activity;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.Set;
import org.grassroots.plan.core.activity.ActivityType;
import org.jspecify.annotations.Nullable;

/** The classification fields of the report form (type, priority areas, sectors, audience, tier, approaches). */
public abstract class ReportFormClassification {

    @NotNull
    private @Nullable ActivityType activityType;

    @NotEmpty
    private Set<String> priorityAreaCodes = new LinkedHashSet<>();

    private Set<String> sectorCodes = new LinkedHashSet<>();
    private @Nullable String audienceCode;
    private @Nullable String interestTierCode;
    private Set<String> regionalApproachCodes = new LinkedHashSet<>();

    public @Nullable ActivityType getActivityType() {
        return activityType;
    }

    public void setActivityType(@Nullable ActivityType activityType) {
        this.activityType = activityType;
    }

    public Set<String> getPriorityAreaCodes() {
        return priorityAreaCodes;
    }

    public void setPriorityAreaCodes(@Nullable Set<String> priorityAreaCodes) {
        this.priorityAreaCodes = priorityAreaCodes == null ? new LinkedHashSet<>() : priorityAreaCodes;
    }

    public Set<String> getSectorCodes() {
        return sectorCodes;
    }

    public void setSectorCodes(@Nullable Set<String> sectorCodes) {
        this.sectorCodes = sectorCodes == null ? new LinkedHashSet<>() : sectorCodes;
    }

    public @Nullable String getAudienceCode() {
        return audienceCode;
    }

    public void setAudienceCode(@Nullable String audienceCode) {
        this.audienceCode = audienceCode;
    }

    public @Nullable String getInterestTierCode() {
        return interestTierCode;
    }

    public void setInterestTierCode(@Nullable String interestTierCode) {
        this.interestTierCode = interestTierCode;
    }

    public Set<String> getRegionalApproachCodes() {
        return regionalApproachCodes;
    }

    public void setRegionalApproachCodes(@Nullable Set<String> regionalApproachCodes) {
        this.regionalApproachCodes = regionalApproachCodes == null ? new LinkedHashSet<>() : regionalApproachCodes;
    }
}
