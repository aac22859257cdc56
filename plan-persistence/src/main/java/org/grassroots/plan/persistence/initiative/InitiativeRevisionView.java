package org.grassroots.plan.persistence.initiative;

import java.time.Instant;
import java.util.List;
import org.grassroots.plan.core.shared.FieldChange;

/**
 * One saved change of an initiative: who saved it, when, and each field that changed. {@code earlierUnrecorded}
 * marks the first recorded change of an initiative that was entered outside the portal (e.g. loaded by SQL), whose
 * earlier values are unknown.
 */
public record InitiativeRevisionView(
        long revision,
        String username,
        Instant savedAt,
        boolean created,
        boolean earlierUnrecorded,
        List<FieldChange<List<HistoryItem>>> changes) {}
