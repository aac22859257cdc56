package org.grassroots.plan.persistence.dashboard;

/** A count for one state and one priority area: a cell of the coverage matrix. */
public record CellCount(String stateCode, String areaCode, long count) {}
