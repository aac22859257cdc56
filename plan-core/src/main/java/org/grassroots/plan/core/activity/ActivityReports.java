package org.grassroots.plan.core.activity;

import java.util.Optional;

/** All activity reports. */
public interface ActivityReports {

    Optional<ActivityReport> findById(Long id);

    <S extends ActivityReport> S save(S report);
}
