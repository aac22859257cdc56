package org.grassroots.plan.persistence.activity;

import java.time.Instant;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.jspecify.annotations.Nullable;

/** One step of a report's timeline: who moved it from which status to which, when, and why. */
public record ReportTransitionRow(
        Instant occurredAt,
        @Nullable ActivityReportStatus fromStatus,
        ActivityReportStatus toStatus,
        String actorName,
        @Nullable String comment) {}
