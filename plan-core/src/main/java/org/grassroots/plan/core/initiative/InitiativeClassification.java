package org.grassroots.plan.core.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.grassroots.plan.core.reference.Audience;
import org.grassroots.plan.core.reference.InterestTier;
import org.grassroots.plan.core.reference.PriorityArea;
import org.grassroots.plan.core.reference.RegionalApproach;
import org.grassroots.plan.core.reference.Sector;
import org.grassroots.plan.core.reference.UsState;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * How an initiative is classified by the plan (priority areas: at least one, leaf areas only; sectors, regional
 * approaches, interest tier, audiences) and where in the U.S. it takes place (nationwide, or in some states). The
 * reference data itself is not audited, only which codes were chosen.
 */
@Embeddable
public class InitiativeClassification {

    @Column(nullable = false)
    private boolean nationwide;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_state",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "state_code"))
    private Set<UsState> states = new HashSet<>();

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interest_tier_code")
    private @Nullable InterestTier interestTier;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_priority_area",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "priority_area_code"))
    private Set<PriorityArea> priorityAreas = new HashSet<>();

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_sector",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_code"))
    private Set<Sector> sectors = new HashSet<>();

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_regional_approach",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "regional_approach_code"))
    private Set<RegionalApproach> regionalApproaches = new HashSet<>();

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_audience",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "audience_code"))
    private Set<Audience> audiences = new HashSet<>();

    protected InitiativeClassification() {}

    void classify(
            Collection<PriorityArea> areas,
            Collection<Sector> sectors,
            Collection<RegionalApproach> approaches,
            @Nullable InterestTier interestTier,
            Collection<Audience> audiences) {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("An initiative needs at least one priority area");
        }
        if (areas.stream().anyMatch(area -> !area.isLeaf())) {
            throw new IllegalArgumentException("Initiatives are classified by leaf priority areas only");
        }
        replace(this.priorityAreas, areas);
        replace(this.sectors, sectors);
        replace(this.regionalApproaches, approaches);
        replace(this.audiences, audiences);
        this.interestTier = interestTier;
    }

    void locate(boolean nationwide, Collection<UsState> states) {
        this.nationwide = nationwide;
        replace(this.states, states);
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }

    public boolean isNationwide() {
        return nationwide;
    }

    public Set<UsState> getStates() {
        return Collections.unmodifiableSet(states);
    }

    public @Nullable InterestTier getInterestTier() {
        return interestTier;
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

    public Set<Audience> getAudiences() {
        return Collections.unmodifiableSet(audiences);
    }
}
