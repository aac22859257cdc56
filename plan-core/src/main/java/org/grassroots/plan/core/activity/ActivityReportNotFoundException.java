package org.grassroots.plan.core.activity;

import org.grassroots.plan.core.shared.NotFoundException;

/** No report has the id asked for. */
public class ActivityReportNotFoundException extends NotFoundException {

    public ActivityReportNotFoundException(Long id) {
        super("No activity report " + id);
    }
}
