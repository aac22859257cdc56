package org.grassroots.plan.persistence.dashboard;

import java.util.List;

/** The first initiatives of a list and how many there are in all. */
public record InitiativeList(List<InitiativeSummaryRow> rows, long total) {}
