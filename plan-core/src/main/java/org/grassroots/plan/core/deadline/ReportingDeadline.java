package org.grassroots.plan.core.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The deadline of a reporting period for one mission: the end of the due date in the mission's own time zone. A
 * report filed at 23:59 on the due date in New York is on time; one filed at midnight is late. HQ sees the same
 * moment in Tokyo time ({@link #lastMinuteInTokyo()}).
 */
public record ReportingDeadline(LocalDate dueOn, ZoneId missionZone) {

    /** The first moment after the deadline: midnight at the start of the day after the due date, mission time. */
    public Instant passesAt() {
        return dueOn.plusDays(1).atStartOfDay(missionZone).toInstant();
    }

    /** The last minute of the due date where the mission is (23:59 local time), for display. */
    public ZonedDateTime lastMinuteLocal() {
        return passesAt().minus(Duration.ofMinutes(1)).atZone(missionZone);
    }

    /** The same last minute in Tokyo, HQ's time. */
    public ZonedDateTime lastMinuteInTokyo() {
        return lastMinuteLocal().withZoneSameInstant(FiscalYear.HQ_ZONE);
    }

    public boolean hasPassed(Instant now) {
        return !now.isBefore(passesAt());
    }

    /** Whether the deadline passes within the given time from now (and has not passed yet). */
    public boolean passesWithin(Duration window, Instant now) {
        return !hasPassed(now) && passesAt().isBefore(now.plus(window).plusNanos(1));
    }

    /** The filing status at {@code now}, given when the mission first filed for the period (null: never). */
    public FilingStatus statusOf(@Nullable Instant firstFiledAt, Instant now) {
        if (firstFiledAt != null) {
            return firstFiledAt.isBefore(passesAt()) ? FilingStatus.ON_TIME : FilingStatus.LATE;
        }
        return hasPassed(now) ? FilingStatus.MISSING : FilingStatus.OPEN;
    }
}
