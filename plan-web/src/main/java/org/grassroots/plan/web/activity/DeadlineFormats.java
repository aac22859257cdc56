package org.grassroots.plan.web.activity;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.grassroots.plan.core.deadline.ReportingDeadline;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reporting deadline as pages and e-mails show it: the last minute of the due date in the mission's time zone,
 * named by its IANA zone, and the same minute in Tokyo ({@code ${@deadlineFmt.local(r.deadline())}}).
 */
@Component("deadlineFmt")
public class DeadlineFormats {

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

    public String local(ReportingDeadline deadline) {
        return local(deadline, LocaleContextHolder.getLocale());
    }

    /** "15 Jul 2026, 23:59 (America/New_York)". */
    public String local(ReportingDeadline deadline, Locale locale) {
        return format(deadline.lastMinuteLocal(), locale) + " ("
                + deadline.missionZone().getId() + ")";
    }

    public String tokyo(ReportingDeadline deadline) {
        return tokyo(deadline, LocaleContextHolder.getLocale());
    }

    /** "16 Jul 2026, 12:59 JST". */
    public String tokyo(ReportingDeadline deadline, Locale locale) {
        return format(deadline.lastMinuteInTokyo(), locale) + " JST";
    }

    private static String format(ZonedDateTime time, Locale locale) {
        return time.format("ja".equals(locale.getLanguage()) ? JA : EN);
    }
}
