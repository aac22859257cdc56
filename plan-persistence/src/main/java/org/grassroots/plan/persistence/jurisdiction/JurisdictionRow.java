package org.grassroots.plan.persistence.jurisdiction;

import org.jspecify.annotations.Nullable;

/**
 * Who covers a whole state (countyId null) or one county of a split state, with the source and confidence of the
 * assignment (for a county without its own, the jurisdiction's).
 */
public record JurisdictionRow(
        String stateCode,
        @Nullable Long countyId,
        @Nullable String countyName,
        String missionCode,
        String missionJa,
        String missionEn,
        String source,
        String confidence) {}
