package org.grassroots.plan.web.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the portal. It runs in Tokyo time, so {@code LocalDate.now(clock)} is "today" as HQ counts it
 * (fiscal years, due dates); instants are zone-free.
 *
 * <p>{@code plan.clock.start} (an ISO offset date-time such as {@code 2027-04-01T10:00:00+09:00}) sets the clock to
 * that instant at start-up; it then runs on from there. The tests use it to prove that nothing depends on the day
 * they run (see the README, "Tests"). It is not meant for production and says so in the log.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    Clock clock(@Value("${plan.clock.start:}") String start) {
        Clock system = Clock.system(FiscalYear.HQ_ZONE);
        if (start.isBlank()) {
            return system;
        }
        Instant startsAt = OffsetDateTime.parse(start.trim()).toInstant();
        log.warn("The portal's clock starts at {} instead of the real time (plan.clock.start)", start);
        return Clock.offset(system, Duration.between(system.instant(), startsAt));
    }
}
