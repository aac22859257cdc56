package org.grassroots.plan.persistence.reporting;

import java.time.Instant;
import java.util.List;

/** One saved change of an initiative: who saved it, when, and each field that changed. */
public record InitiativeRevisionView(
        long revision, String username, Instant savedAt, boolean created, List<FieldChange> changes) {}
