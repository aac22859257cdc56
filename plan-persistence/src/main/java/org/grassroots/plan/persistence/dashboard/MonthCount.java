package org.grassroots.plan.persistence.dashboard;

import java.time.LocalDate;

/** A count for one calendar month (its first day). */
public record MonthCount(LocalDate month, long count) {}
