package org.grassroots.plan.web.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Today's date for the reporting calendar, as HQ in Tokyo counts it. */
@Component
class ReportClock {

    static final ZoneId HQ_ZONE = ZoneId.of("Asia/Tokyo");

    private final Clock clock;

    ReportClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(HQ_ZONE));
    }
}
