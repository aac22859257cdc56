package org.grassroots.plan.core.initiative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
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

    @Embedded
    private InitiativeText text;

    @Embedded
    private InitiativeClassification classification = new InitiativeClassification();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InitiativeStatus status = InitiativeStatus.PLANNED;

    @Embedded
    private InitiativeSchedule schedule;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_mission_code")
    private @Nullable DiplomaticMission leadMission;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private @Nullable AppUser owner;

    @Column(nullable = false)
    private boolean archived;

    /** The form that created it, so that the same form sent again creates nothing (not part of the history). */
    @NotAudited
    @Column(name = "submission_token", unique = true, updatable = false)
    private @Nullable UUID submissionToken;

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
        this.text = new InitiativeText(titleJa, titleEn);
        this.schedule = new InitiativeSchedule(null, null, fiscalYear);
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void describe(@Nullable String summaryJa, @Nullable String summaryEn) {
        text.describe(summaryJa, summaryEn);
    }

    /** Replaces both languages' text, keeping the translation flags in step ({@link InitiativeText#rewrite}). */
    public void rewrite(
            @Nullable String titleJa,
            @Nullable String titleEn,
            @Nullable String summaryJa,
            @Nullable String summaryEn,
            boolean translationConfirmed) {
        text.rewrite(titleJa, titleEn, summaryJa, summaryEn, translationConfirmed);
    }

    public void schedule(@Nullable LocalDate startDate, @Nullable LocalDate endDate, FiscalYear fiscalYear) {
        this.schedule = new InitiativeSchedule(startDate, endDate, fiscalYear);
    }

    /** Classifies the initiative; it must name at least one priority area, and only leaf areas. */
    public void classify(
            Collection<PriorityArea> areas,
            Collection<Sector> sectors,
            Collection<RegionalApproach> approaches,
            @Nullable InterestTier interestTier,
            Collection<Audience> audiences) {
        classification.classify(areas, sectors, approaches, interestTier, audiences);
    }

    public void locate(boolean nationwide, Collection<UsState> states) {
        classification.locate(nationwide, states);
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

    public InitiativeText getText() {
        return text;
    }

    public InitiativeClassification getClassification() {
        return classification;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public InitiativeSchedule getSchedule() {
        return schedule;
    }

    public @Nullable DiplomaticMission getLeadMission() {
        return leadMission;
    }

    public @Nullable AppUser getOwner() {
        return owner;
    }

    public boolean isArchived() {
        return archived;
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
