package org.grassroots.plan.persistence.region;

import org.grassroots.plan.core.region.StateFigure;

/** A figure of a state as its administration page lists it. */
public record StateFigureRow(long id, long version, StateFigure figure) {}
