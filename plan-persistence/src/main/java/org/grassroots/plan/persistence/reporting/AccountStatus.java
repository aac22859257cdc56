package org.grassroots.plan.persistence.reporting;

/** Whether a user may still use the portal, and whether they must first replace a one-time password. */
public record AccountStatus(boolean enabled, boolean mustChangePassword) {}
