package org.grassroots.plan.core.initiative;

/** The kind of organisation a partner is, for the plan's public-private effort. */
public enum PartnerKind {
    PUBLIC,
    PRIVATE,
    ACADEMIC,
    NON_PROFIT
}
