package org.grassroots.plan.core.initiative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.reference.Audience;
import org.grassroots.plan.core.reference.DiplomaticMission;
import org.grassroots.plan.core.reference.InterestTier;
import org.grassroots.plan.core.reference.PriorityArea;
import org.grassroots.plan.core.reference.RegionalApproach;
import org.grassroots.plan.core.reference.Sector;
import org.grassroots.plan.core.reference.UsState;
import org.grassroots.plan.core.shared.AbstractEntity;
import org.grassroots.plan.core.user.AppUser;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * An initiative (取組) of Action Plan 4.0: what is done, classified by the plan's priority areas, sectors,
 * regional approaches, interest tier and audiences, and where in the U.S. it takes place.
 */
@Entity
@Table(name = "initiative")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Initiative extends AbstractEntity {

    @Column(name = "title_ja")
    private @Nullable String titleJa;

    @Column(name = "title_en")
    private @Nullable String titleEn;

    @Column(name = "summary_ja")
    private @Nullable String summaryJa;

    @Column(name = "summary_en")
    private @Nullable String summaryEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InitiativeStatus status = InitiativeStatus.PLANNED;

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private boolean nationwide;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_mission_code")
    private @Nullable DiplomaticMission leadMission;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interest_tier_code")
    private @Nullable InterestTier interestTier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private @Nullable AppUser owner;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "ja_translation_stale", nullable = false)
    private boolean jaTranslationStale;

    @Column(name = "en_translation_stale", nullable = false)
    private boolean enTranslationStale;

    /** The form that created it, so that the same form sent again creates nothing (not part of the history). */
    @NotAudited
    @Column(name = "submission_token", unique = true, updatable = false)
    private @Nullable UUID submissionToken;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_priority_area",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "priority_area_code"))
    private Set<PriorityArea> priorityAreas = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_sector",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_code"))
    private Set<Sector> sectors = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_state",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "state_code"))
    private Set<UsState> states = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_regional_approach",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "regional_approach_code"))
    private Set<RegionalApproach> regionalApproaches = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "initiative_audience",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "audience_code"))
    private Set<Audience> audiences = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_partner", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_target", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<Target> targets = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private @Nullable String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private @Nullable String updatedBy;

    protected Initiative() {}

    public Initiative(
            @Nullable String titleJa,
            @Nullable String titleEn,
            FiscalYear fiscalYear,
            String createdBy,
            Instant createdAt) {
        retitle(titleJa, titleEn);
        this.fiscalYear = fiscalYear.year();
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void retitle(@Nullable String titleJa, @Nullable String titleEn) {
        if (isBlank(titleJa) && isBlank(titleEn)) {
            throw new IllegalArgumentException("An initiative needs a title in at least one language");
        }
        this.titleJa = titleJa;
        this.titleEn = titleEn;
    }

    public void describe(@Nullable String summaryJa, @Nullable String summaryEn) {
        this.summaryJa = summaryJa;
        this.summaryEn = summaryEn;
    }

    /**
     * Replaces the titles and summaries in both languages and keeps the translation flags in step: a side that is
     * edited is current again; when only one side changes, the other is marked "translation may be out of date".
     * An editor who confirms the translation clears both flags.
     */
    public void rewrite(
            @Nullable String titleJa,
            @Nullable String titleEn,
            @Nullable String summaryJa,
            @Nullable String summaryEn,
            boolean translationConfirmed) {
        boolean japaneseChanged = !Objects.equals(this.titleJa, titleJa) || !Objects.equals(this.summaryJa, summaryJa);
        boolean englishChanged = !Objects.equals(this.titleEn, titleEn) || !Objects.equals(this.summaryEn, summaryEn);
        retitle(titleJa, titleEn);
        describe(summaryJa, summaryEn);
        if (translationConfirmed) {
            markTranslationStale(false, false);
            return;
        }
        // Editing a side that was out of date is catching up, not a new divergence of the other side.
        boolean japaneseStale = !japaneseChanged && (jaTranslationStale || englishChanged && !enTranslationStale);
        boolean englishStale = !englishChanged && (enTranslationStale || japaneseChanged && !jaTranslationStale);
        markTranslationStale(japaneseStale, englishStale);
    }

    public void schedule(@Nullable LocalDate startDate, @Nullable LocalDate endDate, FiscalYear fiscalYear) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("The end date must not be before the start date");
        }
        this.startDate = startDate;
        this.endDate = endDate;
        this.fiscalYear = fiscalYear.year();
    }

    /** Classifies the initiative; it must name at least one priority area, and only leaf areas. */
    public void classify(
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

    public void locate(boolean nationwide, Collection<UsState> states) {
        this.nationwide = nationwide;
        replace(this.states, states);
    }

    public void assignLead(@Nullable DiplomaticMission leadMission, @Nullable AppUser owner) {
        this.leadMission = leadMission;
        this.owner = owner;
    }

    public void changeStatus(InitiativeStatus status) {
        this.status = status;
    }

    public void replacePartners(List<Partner> partners) {
        this.partners.clear();
        this.partners.addAll(partners);
    }

    public void replaceTargets(List<Target> targets) {
        this.targets.clear();
        this.targets.addAll(targets);
    }

    public void markTranslationStale(boolean japaneseStale, boolean englishStale) {
        this.jaTranslationStale = japaneseStale;
        this.enTranslationStale = englishStale;
    }

    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }

    public void touch(String username, Instant at) {
        this.updatedBy = username;
        this.updatedAt = at;
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    public @Nullable String getTitleJa() {
        return titleJa;
    }

    public @Nullable String getTitleEn() {
        return titleEn;
    }

    public @Nullable String getSummaryJa() {
        return summaryJa;
    }

    public @Nullable String getSummaryEn() {
        return summaryEn;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public FiscalYear getFiscalYear() {
        return FiscalYear.of(fiscalYear);
    }

    public boolean isNationwide() {
        return nationwide;
    }

    public @Nullable DiplomaticMission getLeadMission() {
        return leadMission;
    }

    public @Nullable InterestTier getInterestTier() {
        return interestTier;
    }

    public @Nullable AppUser getOwner() {
        return owner;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isJaTranslationStale() {
        return jaTranslationStale;
    }

    public boolean isEnTranslationStale() {
        return enTranslationStale;
    }

    public Set<PriorityArea> getPriorityAreas() {
        return Collections.unmodifiableSet(priorityAreas);
    }

    public Set<Sector> getSectors() {
        return Collections.unmodifiableSet(sectors);
    }

    public Set<UsState> getStates() {
        return Collections.unmodifiableSet(states);
    }

    public Set<RegionalApproach> getRegionalApproaches() {
        return Collections.unmodifiableSet(regionalApproaches);
    }

    public Set<Audience> getAudiences() {
        return Collections.unmodifiableSet(audiences);
    }

    public List<Partner> getPartners() {
        return Collections.unmodifiableList(partners);
    }

    public List<Target> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    public void useSubmissionToken(UUID token) {
        this.submissionToken = token;
    }

    public @Nullable UUID getSubmissionToken() {
        return submissionToken;
    }
}
