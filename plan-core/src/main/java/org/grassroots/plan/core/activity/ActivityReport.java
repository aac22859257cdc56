package org.grassroots.plan.core.activity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.grassroots.plan.core.initiative.Initiative;
import org.grassroots.plan.core.reference.Audience;
import org.grassroots.plan.core.reference.County;
import org.grassroots.plan.core.reference.DiplomaticMission;
import org.grassroots.plan.core.reference.InterestTier;
import org.grassroots.plan.core.reference.PriorityArea;
import org.grassroots.plan.core.reference.RegionalApproach;
import org.grassroots.plan.core.reference.Sector;
import org.grassroots.plan.core.reference.UsState;
import org.grassroots.plan.core.shared.AbstractEntity;
import org.grassroots.plan.core.shared.FieldChange;
import org.grassroots.plan.core.user.AppUser;
import org.jspecify.annotations.Nullable;

/**
 * A regional activity report (活動報告) that a mission files for a state of its jurisdiction, and that HQ
 * accepts or returns. The report guards its own workflow; every transition is kept in its timeline.
 */
@Entity
@Table(name = "activity_report")
public class ActivityReport extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_code")
    private DiplomaticMission mission;

    /** The state, or none for a national report (counted in national figures, in no state's). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_code")
    private @Nullable UsState state;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityReportStatus status = ActivityReportStatus.DRAFT;

    @Column(name = "return_comment")
    private @Nullable String returnComment;

    @Column(name = "submission_token", unique = true)
    private @Nullable UUID submissionToken;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private AppUser author;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "last_modified_by_id")
    private AppUser lastModifiedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewed_by_id")
    private @Nullable AppUser reviewedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "activity_report_returned_field", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "field")
    @Column(name = "field_value", nullable = false)
    private Map<String, String> returnedFields = new TreeMap<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ActivityReportTransition> timeline = new ArrayList<>();

    protected ActivityReport() {}

    /** Starts a draft report of a mission, for a state the caller has checked lies in its jurisdiction. */
    public ActivityReport(
            DiplomaticMission mission, @Nullable UsState state, ActivityDetails details, AppUser author, Instant now) {
        this.mission = mission;
        this.state = state;
        this.author = author;
        this.lastModifiedBy = author;
        this.createdAt = now;
        this.updatedAt = now;
        apply(details);
        timeline.add(new ActivityReportTransition(this, null, ActivityReportStatus.DRAFT, author, now, null));
    }

    /** Changes the report's content; only a draft or a returned report can be changed. */
    public void revise(@Nullable UsState state, ActivityDetails details, AppUser editor, Instant now) {
        if (!status.isEditableByMission()) {
            throw new IllegalReportTransitionException(
                    IllegalReportTransitionException.Reason.NOT_EDITABLE, "A " + status + " report cannot be changed");
        }
        this.state = state;
        apply(details);
        this.lastModifiedBy = editor;
        this.updatedAt = now;
    }

    public void submit(AppUser submitter, Instant now) {
        var next = switch (status) {
            case DRAFT -> ActivityReportStatus.SUBMITTED;
            case RETURNED -> ActivityReportStatus.RESUBMITTED;
            default ->
                throw new IllegalReportTransitionException(
                        IllegalReportTransitionException.Reason.NOT_SUBMITTABLE,
                        "A " + status + " report cannot be submitted");
        };
        this.submittedAt = now;
        this.lastModifiedBy = submitter;
        moveTo(next, submitter, now, null);
    }

    public void accept(AppUser reviewer, Instant now) {
        requireAwaitingReview("accepted");
        requireNotOwnWork(reviewer);
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.returnComment = null;
        moveTo(ActivityReportStatus.ACCEPTED, reviewer, now, null);
    }

    public void returnToMission(AppUser reviewer, String comment, Instant now) {
        requireAwaitingReview("returned");
        requireNotOwnWork(reviewer);
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A returned report needs a comment");
        }
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.returnComment = comment;
        keepReturnedFields();
        moveTo(ActivityReportStatus.RETURNED, reviewer, now, comment);
    }

    /** Opens an accepted report again (an administrator's action), sending it back to its mission. */
    public void reopen(AppUser administrator, String reason, Instant now) {
        if (status != ActivityReportStatus.ACCEPTED) {
            throw new IllegalReportTransitionException(
                    IllegalReportTransitionException.Reason.NOT_ACCEPTED, "Only an accepted report can be reopened");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reopening a report needs a reason");
        }
        this.returnComment = reason;
        keepReturnedFields();
        moveTo(ActivityReportStatus.RETURNED, administrator, now, reason);
    }

    public boolean isDeletable() {
        return status == ActivityReportStatus.DRAFT;
    }

    /** Refuses unless the report is a draft, the only kind its mission may delete. */
    public void requireDeletable() {
        if (!isDeletable()) {
            throw new IllegalReportTransitionException(
                    IllegalReportTransitionException.Reason.NOT_DELETABLE, "A " + status + " report cannot be deleted");
        }
    }

    /**
     * The reviewed fields that differ from what they were when the report was last returned; empty if it never
     * was.
     */
    public List<FieldChange<String>> changesSinceReturn() {
        if (returnedFields.isEmpty()) {
            return List.of();
        }
        return ReviewedFields.changes(returnedFields, ReviewedFields.of(this));
    }

    private void keepReturnedFields() {
        returnedFields.clear();
        returnedFields.putAll(ReviewedFields.of(this));
    }

    public void useSubmissionToken(UUID token) {
        this.submissionToken = token;
    }

    private void requireAwaitingReview(String action) {
        if (!status.isAwaitingReview()) {
            throw new IllegalReportTransitionException(
                    IllegalReportTransitionException.Reason.NOT_AWAITING_REVIEW,
                    "A " + status + " report cannot be " + action);
        }
    }

    private void requireNotOwnWork(AppUser reviewer) {
        if (Objects.equals(reviewer.getId(), author.getId())
                || Objects.equals(reviewer.getId(), lastModifiedBy.getId())) {
            throw new IllegalReportTransitionException(
                    IllegalReportTransitionException.Reason.OWN_WORK,
                    "Nobody reviews a report they wrote or last changed");
        }
    }

    private void moveTo(ActivityReportStatus next, AppUser actor, Instant now, @Nullable String comment) {
        timeline.add(new ActivityReportTransition(this, status, next, actor, now, comment));
        this.status = next;
        this.updatedAt = now;
    }

    private void apply(ActivityDetails details) {
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
        replace(priorityAreas, details.priorityAreas());
        replace(sectors, details.sectors());
        replace(regionalApproaches, details.regionalApproaches());
        links.clear();
        links.addAll(details.links());
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        target.addAll(values);
    }

    public DiplomaticMission getMission() {
        return mission;
    }

    public @Nullable UsState getState() {
        return state;
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

    public ActivityReportStatus getStatus() {
        return status;
    }

    public @Nullable String getReturnComment() {
        return returnComment;
    }

    public @Nullable UUID getSubmissionToken() {
        return submissionToken;
    }

    public AppUser getAuthor() {
        return author;
    }

    public AppUser getLastModifiedBy() {
        return lastModifiedBy;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    public @Nullable AppUser getReviewedBy() {
        return reviewedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
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

    public List<ActivityReportTransition> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
