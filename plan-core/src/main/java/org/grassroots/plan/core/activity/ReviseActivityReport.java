package org.grassroots.plan.core.activity;

import java.util.UUID;

/** Changes a draft or returned report, as last seen at {@code version}, and optionally submits it. */
public record ReviseActivityReport(
        Long actorId, Long reportId, long version, UUID submissionToken, ReportContent content, boolean submit) {}
