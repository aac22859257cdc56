package org.grassroots.plan.web.activity;

import org.grassroots.plan.core.activity.ReportingPeriodProvisioning;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At every start, the current and next fiscal year's reporting periods exist (once across nodes). */
@Component
class ReportingPeriodsAtStartup implements ApplicationRunner {

    private final ReportingPeriodProvisioning provisioning;

    ReportingPeriodsAtStartup(ReportingPeriodProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        provisioning.ensureCurrentAndNext();
    }
}
