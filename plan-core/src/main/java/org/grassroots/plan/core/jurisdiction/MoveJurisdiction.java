package org.grassroots.plan.core.jurisdiction;

import org.jspecify.annotations.Nullable;

/**
 * Moves a county (countyId set) or a whole state (countyId null) of {@code stateCode} to another mission, with the
 * source and confidence of the new assignment.
 */
public record MoveJurisdiction(
        long actorId,
        String stateCode,
        @Nullable Long countyId,
        String toMission,
        @Nullable String source,
        @Nullable String confidence) {}
