package org.grassroots.plan.core.activity;

import java.time.LocalDate;

/** HQ moves the due date of a reporting period, as last seen at {@code version}. */
public record MoveReportingDueDate(Long actorId, Long periodId, long version, LocalDate dueOn) {}
