package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.activity.ActivityReportStatus;

/** How many of a mission's reports in a status are dated in the current fiscal year and in its current quarter. */
public record ReportStatusCount(ActivityReportStatus status, long fiscalYear, long quarter) {}
