package org.grassroots.plan.persistence.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * Whether a mission filed for a reporting period on time: the one place of the rule. A period is filed when the
 * mission has a submitted, resubmitted or accepted report dated in it; it was filed on time when the earliest
 * {@code submitted_at} of those reports falls, in HQ's time zone, on or before the due date. {@code submitted_at}
 * is the latest submission of each report (a resubmission moves it), so a report returned and resubmitted after
 * the due date counts as late: the rule to replace when a recorded first-filing time exists.
 */
public enum FilingTimeliness {
    ON_TIME,
    LATE,
    MISSING,
    NOT_DUE;

    /** SQL over the filed reports {@code r} of a period giving the moment the period counts as filed. */
    public static final String FILED_AT_SQL = "min(r.submitted_at)";

    public static FilingTimeliness of(long filed, @Nullable Instant filedAt, LocalDate dueOn, LocalDate today) {
        if (filed == 0 || filedAt == null) {
            return today.isAfter(dueOn) ? MISSING : NOT_DUE;
        }
        return filedAt.atZone(FiscalYear.HQ_ZONE).toLocalDate().isAfter(dueOn) ? LATE : ON_TIME;
    }
}
