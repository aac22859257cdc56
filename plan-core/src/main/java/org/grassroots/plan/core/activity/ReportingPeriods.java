package org.grassroots.plan.core.activity;

import java.util.Optional;

/** The reporting calendar's periods. */
public interface ReportingPeriods {

    Optional<ReportingPeriod> findById(Long id);
}
