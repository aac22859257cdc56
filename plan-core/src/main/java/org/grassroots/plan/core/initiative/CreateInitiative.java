package org.grassroots.plan.core.initiative;

/** Records a new initiative on behalf of an editor (by username). */
public record CreateInitiative(InitiativeDetails details, String editor) {}
