package org.grassroots.plan.web.initiative;

import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The classification and place fields of the initiative form (priority areas, sectors, regional approaches,
 * audiences, interest tier, states, lead mission), kept apart so that the form class stays readable.
 */
public abstract class InitiativeFormClassification {

    private boolean nationwide;
    private List<String> states = new ArrayList<>();
    private @Nullable String leadMission;

    @NotEmpty
    private List<String> priorityAreas = new ArrayList<>();

    private List<String> sectors = new ArrayList<>();
    private List<String> regionalApproaches = new ArrayList<>();
    private @Nullable String interestTier;
    private List<String> audiences = new ArrayList<>();

    public boolean isNationwide() {
        return nationwide;
    }

    public void setNationwide(boolean nationwide) {
        this.nationwide = nationwide;
    }

    public List<String> getStates() {
        return states;
    }

    public void setStates(List<String> states) {
        this.states = states;
    }

    public @Nullable String getLeadMission() {
        return leadMission;
    }

    public void setLeadMission(@Nullable String leadMission) {
        this.leadMission = leadMission;
    }

    public List<String> getPriorityAreas() {
        return priorityAreas;
    }

    public void setPriorityAreas(List<String> priorityAreas) {
        this.priorityAreas = priorityAreas;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors;
    }

    public List<String> getRegionalApproaches() {
        return regionalApproaches;
    }

    public void setRegionalApproaches(List<String> regionalApproaches) {
        this.regionalApproaches = regionalApproaches;
    }

    public @Nullable String getInterestTier() {
        return interestTier;
    }

    public void setInterestTier(@Nullable String interestTier) {
        this.interestTier = interestTier;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }
}
