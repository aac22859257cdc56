package org.grassroots.plan.core.activity;

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
}
