package org.grassroots.plan.core.initiative;

/** Where an initiative stands. */
public enum InitiativeStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    CANCELLED
}
