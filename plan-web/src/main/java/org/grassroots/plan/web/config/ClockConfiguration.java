package org.grassroots.plan.web.config;

import java.time.Clock;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the portal. It runs in Tokyo time, so {@code LocalDate.now(clock)} is "today" as HQ counts it
 * (fiscal years, due dates); instants are zone-free. Tests replace this bean to fix the date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(FiscalYear.HQ_ZONE);
    }
}
