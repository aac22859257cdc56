package org.grassroots.plan.core.activity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
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

/**
 * What a report says about its activity, as stored: the content columns of {@code activity_report} and its tag
 * tables. The mission replaces it as a whole ({@link ActivityDetails}) each time it revises the report.
 */
@Embeddable
public class ReportedActivity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "county_id")
    private @Nullable County county;

    private @Nullable String city;

    @Column(name = "activity_date", nullable = false)
    private LocalDate activityDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false)
    private ActivityType activityType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audience_code")
    private @Nullable Audience audience;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interest_tier_code")
    private @Nullable InterestTier interestTier;

    private @Nullable Integer participants;

    private @Nullable String counterpart;

    @Column(nullable = false)
    private String summary;

    private @Nullable String outcome;

    @Column(name = "follow_up")
    private @Nullable String followUp;

    @Column(nullable = false)
    private String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    private @Nullable Initiative initiative;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "activity_report_priority_area",
            joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "priority_area_code"))
    private Set<PriorityArea> priorityAreas = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "activity_report_sector",
            joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_code"))
    private Set<Sector> sectors = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "activity_report_regional_approach",
            joinColumns = @JoinColumn(name = "report_id"),
            inverseJoinColumns = @JoinColumn(name = "regional_approach_code"))
    private Set<RegionalApproach> regionalApproaches = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_report_link", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false)
    private List<String> links = new ArrayList<>();

    protected ReportedActivity() {}

    ReportedActivity(ActivityDetails details) {
        replaceWith(details);
    }

    /** Takes over every field of the details; the collections are refilled, not swapped, so JPA keeps tracking them. */
    void replaceWith(ActivityDetails details) {
        this.county = details.county();
        this.city = details.city();
        this.activityDate = details.activityDate();
        this.activityType = details.activityType();
        this.audience = details.audience();
        this.interestTier = details.interestTier();
        this.participants = details.participants();
        this.counterpart = details.counterpart();
        this.summary = details.summary();
        this.outcome = details.outcome();
        this.followUp = details.followUp();
        this.language = details.language();
        this.initiative = details.initiative();
        refill(priorityAreas, details.priorityAreas());
        refill(sectors, details.sectors());
        refill(regionalApproaches, details.regionalApproaches());
        refill(links, details.links());
    }

    private static <T> void refill(Collection<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }

    public @Nullable County getCounty() {
        return county;
    }

    public @Nullable String getCity() {
        return city;
    }

    public LocalDate getActivityDate() {
        return activityDate;
    }

    public ActivityType getActivityType() {
        return activityType;
    }

    public @Nullable Audience getAudience() {
        return audience;
    }

    public @Nullable InterestTier getInterestTier() {
        return interestTier;
    }

    public @Nullable Integer getParticipants() {
        return participants;
    }

    public @Nullable String getCounterpart() {
        return counterpart;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public @Nullable String getFollowUp() {
        return followUp;
    }

    public String getLanguage() {
        return language;
    }

    public @Nullable Initiative getInitiative() {
        return initiative;
    }

    public Set<PriorityArea> getPriorityAreas() {
        return Collections.unmodifiableSet(priorityAreas);
    }

    public Set<Sector> getSectors() {
        return Collections.unmodifiableSet(sectors);
    }

    public Set<RegionalApproach> getRegionalApproaches() {
        return Collections.unmodifiableSet(regionalApproaches);
    }

    public List<String> getLinks() {
        return Collections.unmodifiableList(links);
    }
}
