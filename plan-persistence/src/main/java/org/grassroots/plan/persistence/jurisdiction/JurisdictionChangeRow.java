package org.grassroots.plan.persistence.jurisdiction;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A logged jurisdiction change. */
public record JurisdictionChangeRow(
        String stateCode,
        @Nullable String countyName,
        String fromMission,
        String toMission,
        String source,
        String confidence,
        String changedBy,
        Instant changedAt) {}
