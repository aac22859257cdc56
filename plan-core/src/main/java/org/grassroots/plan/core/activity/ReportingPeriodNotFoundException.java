package org.grassroots.plan.core.activity;

import org.grassroots.plan.core.shared.NotFoundException;

/** No reporting period has the id asked for. */
public class ReportingPeriodNotFoundException extends NotFoundException {

    public ReportingPeriodNotFoundException(Long id) {
        super("No reporting period " + id);
    }
}
