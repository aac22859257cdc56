package org.grassroots.plan.core.activity;

import org.grassroots.plan.core.activity.IllegalReportTransitionException.Reason;

/** Where a report stands in its review: draft → submitted → accepted, or returned → resubmitted → accepted. */
public enum ActivityReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    RESUBMITTED,
    ACCEPTED;

    /** Whether the filing mission may still change the report. */
    public boolean isEditableByMission() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the report waits in HQ's review queue. */
    public boolean isAwaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }

    /** Whether the report is a draft, the only kind its mission may delete. */
    public boolean isDeletable() {
        return this == DRAFT;
    }

    /** The status a submission leads to: a draft is submitted, a returned report resubmitted. */
    ActivityReportStatus afterSubmission() {
        return switch (this) {
            case DRAFT -> SUBMITTED;
            case RETURNED -> RESUBMITTED;
            default -> throw refusal(Reason.NOT_SUBMITTABLE, "A " + this + " report cannot be submitted");
        };
    }

    void requireEditableByMission() {
        if (!isEditableByMission()) {
            throw refusal(Reason.NOT_EDITABLE, "A " + this + " report cannot be changed");
        }
    }

    void requireAwaitingReview(String action) {
        if (!isAwaitingReview()) {
            throw refusal(Reason.NOT_AWAITING_REVIEW, "A " + this + " report cannot be " + action);
        }
    }

    /** Only an accepted report can be opened again. */
    void requireReopenable() {
        if (this != ACCEPTED) {
            throw refusal(Reason.NOT_ACCEPTED, "Only an accepted report can be reopened");
        }
    }

    void requireDeletable() {
        if (!isDeletable()) {
            throw refusal(Reason.NOT_DELETABLE, "A " + this + " report cannot be deleted");
        }
    }

    private static IllegalReportTransitionException refusal(Reason reason, String message) {
        return new IllegalReportTransitionException(reason, message);
    }
}
