package org.grassroots.plan.core.activity;

import java.util.Optional;
import java.util.UUID;

/** All activity reports. */
public interface ActivityReports {

    Optional<ActivityReport> findById(Long id);

    Optional<ActivityReport> findBySubmissionToken(UUID submissionToken);

    <S extends ActivityReport> S save(S report);

    void delete(ActivityReport report);
}
