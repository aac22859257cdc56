package org.grassroots.plan.core.activity;

/** Why a reporter is reminded of a reporting period: its due date has passed, or it is due within a week. */
public enum ReportReminderKind {
    OVERDUE,
    DUE_SOON
}
