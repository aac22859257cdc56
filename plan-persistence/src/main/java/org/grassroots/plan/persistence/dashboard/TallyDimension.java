package org.grassroots.plan.persistence.dashboard;

/** How report counts are split: not at all, by priority area, by interest tier or by audience. */
public enum TallyDimension {
    ALL,
    AREA,
    TIER,
    AUDIENCE
}
