package org.grassroots.plan.core.jurisdiction;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where jurisdictions are changed and the changes logged; the database's coverage guard checks each change. */
public interface JurisdictionChanges {

    /** The mission that covers the county, or the whole state (countyId null) now. */
    Optional<String> currentMission(String stateCode, @Nullable Long countyId);

    /** The source and confidence recorded for the county's, or the whole state's, assignment to the mission. */
    Optional<Sourcing> currentSourcing(String stateCode, @Nullable Long countyId, String missionCode);

    /** Where an assignment is documented and how far that can be trusted. */
    record Sourcing(String source, String confidence) {}

    /**
     * Moves the county or whole state to the mission and logs the change; throws {@link CoverageException} when
     * the coverage guard refuses (the mission has no part of the state, a county would be covered twice, …).
     */
    void move(
            String stateCode,
            @Nullable Long countyId,
            String fromMission,
            String toMission,
            String source,
            String confidence,
            long actorId,
            Instant at);

    /** The coverage guard refused a change; the message says why. */
    class CoverageException extends RuntimeException {
        public CoverageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
