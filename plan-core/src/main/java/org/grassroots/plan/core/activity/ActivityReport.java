package org.grassroots.plan.core.activity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.grassroots.plan.core.reference.DiplomaticMission;
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

    @Embedded
    private ReportedActivity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityReportStatus status = ActivityReportStatus.DRAFT;

    @Column(name = "return_comment")
    private @Nullable String returnComment;

    @Column(name = "submission_token", unique = true)
    private @Nullable UUID submissionToken;

    @Embedded
    private ReportAuthorship authorship;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewed_by_id")
    private @Nullable AppUser reviewedBy;

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
        this.authorship = new ReportAuthorship(author, now);
        this.activity = new ReportedActivity(details);
        timeline.add(new ActivityReportTransition(this, null, ActivityReportStatus.DRAFT, author, now, null));
    }

    /** Changes the report's content; only a draft or a returned report can be changed. */
    public void revise(@Nullable UsState state, ActivityDetails details, AppUser editor, Instant now) {
        status.requireEditableByMission();
        this.state = state;
        activity.replaceWith(details);
        authorship.changedBy(editor, now);
    }

    public void submit(AppUser submitter, Instant now) {
        var next = status.afterSubmission();
        this.submittedAt = now;
        authorship.changedBy(submitter, now);
        moveTo(next, submitter, now, null);
    }

    public void accept(AppUser reviewer, Instant now) {
        status.requireAwaitingReview("accepted");
        authorship.requireNotOwnWork(reviewer);
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
        this.returnComment = null;
        moveTo(ActivityReportStatus.ACCEPTED, reviewer, now, null);
    }

    public void returnToMission(AppUser reviewer, String comment, Instant now) {
        status.requireAwaitingReview("returned");
        authorship.requireNotOwnWork(reviewer);
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
        status.requireReopenable();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reopening a report needs a reason");
        }
        this.returnComment = reason;
        keepReturnedFields();
        moveTo(ActivityReportStatus.RETURNED, administrator, now, reason);
    }

    public boolean isDeletable() {
        return status.isDeletable();
    }

    /** Refuses unless the report is a draft, the only kind its mission may delete. */
    public void requireDeletable() {
        status.requireDeletable();
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

    private void moveTo(ActivityReportStatus next, AppUser actor, Instant now, @Nullable String comment) {
        timeline.add(new ActivityReportTransition(this, status, next, actor, now, comment));
        this.status = next;
        authorship.touched(now);
    }

    public DiplomaticMission getMission() {
        return mission;
    }

    public @Nullable UsState getState() {
        return state;
    }

    public ReportedActivity getActivity() {
        return activity;
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

    public ReportAuthorship getAuthorship() {
        return authorship;
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

    public List<ActivityReportTransition> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
