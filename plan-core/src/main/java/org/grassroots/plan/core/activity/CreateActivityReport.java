package org.grassroots.plan.core.activity;

import java.util.UUID;

/**
 * Files a new report for a mission, as a draft or submitted at once. The token comes from the form: a second
 * command with the same token (a double click, a resent form) creates nothing and answers the first report.
 */
public record CreateActivityReport(
        Long actorId, String missionCode, UUID submissionToken, ReportContent content, boolean submit) {}
