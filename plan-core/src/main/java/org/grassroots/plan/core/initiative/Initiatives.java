package org.grassroots.plan.core.initiative;

import java.util.Optional;
import java.util.UUID;

/** All initiatives. */
public interface Initiatives {

    Optional<Initiative> findById(Long id);

    Optional<Initiative> findBySubmissionToken(UUID submissionToken);

    <S extends Initiative> S save(S initiative);
}
