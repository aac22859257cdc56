package org.grassroots.plan.web.config;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Locale;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.shared.DateLabels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, numbers and fiscal years as each language expects them, for templates ({@code ${@fmt.date(d)}})
 * and exports: 2026年5月1日 / 1 May 2026, 2026年度 / FY2026, 2026年度第1四半期 / FY2026 Q1. Times are shown in
 * Japan time, the ministry's reference.
 */
@Component("fmt")
public class DisplayFormats {
    private static final DateTimeFormatter JA_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

    public String date(@Nullable LocalDate date) {
        return date(date, locale());
    }

    /** A date in the given language, for texts written outside a request (e-mails). */
    public String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateLabels.date(date, japanese(locale));
    }

    /** A moment in Japan time, with the zone named so nobody mistakes it for local time in the U.S. */
    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        String text = instant.atZone(FiscalYear.HQ_ZONE).format(japanese() ? JA_DATE_TIME : EN_DATE_TIME);
        return text + " JST";
    }

    /**
     * A moment for a {@code <time datetime>} attribute: UTC to the second, since HTML allows at most three digits
     * of a second there (PostgreSQL keeps six).
     */
    public String machine(@Nullable Temporal moment) {
        if (moment == null) {
            return "";
        }
        return Instant.from(moment).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public String number(@Nullable Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale()).format(number);
    }

    public String fiscalYear(@Nullable Object fiscalYear) {
        Integer year = yearOf(fiscalYear);
        if (year == null) {
            return "";
        }
        return DateLabels.fiscalYear(year, japanese());
    }

    public String fiscalQuarter(@Nullable Object fiscalYear, int quarter) {
        return fiscalQuarter(fiscalYear, quarter, locale());
    }

    /** A fiscal quarter in the given language, for texts written outside a request (e-mails). */
    public String fiscalQuarter(@Nullable Object fiscalYear, int quarter, Locale locale) {
        Integer year = yearOf(fiscalYear);
        if (year == null) {
            return "";
        }
        return japanese(locale) ? year + "年度第" + quarter + "四半期" : "FY" + year + " Q" + quarter;
    }

    private static @Nullable Integer yearOf(@Nullable Object fiscalYear) {
        if (fiscalYear instanceof FiscalYear fy) {
            return fy.year();
        }
        if (fiscalYear instanceof Number number) {
            return number.intValue();
        }
        return null;
    }

    private static boolean japanese() {
        return japanese(locale());
    }

    private static boolean japanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
