package org.grassroots.plan.web.export;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.shared.DateLabels;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The texts of one export in its language, independent of the request's: messages, labels of coded values
 * (looked up once per code, since a million rows repeat a handful of them), dates, numbers and the period.
 */
public final class ExportText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> cache = new HashMap<>();

    ExportText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public boolean japanese() {
        return "ja".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The label of an enum-like code under a message prefix ({@code reports.status.} + ACCEPTED), cached. */
    public String code(String prefix, String code) {
        return cache.computeIfAbsent(prefix + code, key -> messages.getMessage(key, null, code, locale));
    }

    public String label(@Nullable CodeLabel item) {
        return item == null ? "" : item.label(locale);
    }

    public String labels(List<CodeLabel> items) {
        return items.stream().map(this::label).collect(Collectors.joining("; "));
    }

    static String codes(List<CodeLabel> items) {
        return items.stream().map(CodeLabel::code).collect(Collectors.joining("; "));
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DateLabels.date(date, japanese());
    }

    /** A moment in Japan time, named so nobody takes it for U.S. local time. */
    public String dateTime(Instant instant) {
        var jst = instant.atZone(FiscalYear.HQ_ZONE);
        return date(jst.toLocalDate()) + " " + jst.format(TIME) + " JST";
    }

    public String number(@Nullable Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale).format(number);
    }

    /** An instant in Japan time, for typed cells; printed as ISO-8601 with its offset in CSV. */
    static @Nullable OffsetDateTime jst(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(FiscalYear.HQ_ZONE).toOffsetDateTime();
    }

    /** An instant as ISO-8601 in Japan time with its offset: 2026-05-01T10:00:00+09:00. */
    static String isoJst(@Nullable Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(FiscalYear.HQ_ZONE).toOffsetDateTime().toString();
    }

    public String period(ExportPeriod period) {
        FiscalYear fy = period.fiscalYear();
        if (fy == null) {
            return get("export.period.range", date(period.from()), date(period.to()));
        }
        if (period.wholeYear()) {
            return get("export.period.year", Integer.toString(fy.year()), date(period.from()), date(period.to()));
        }
        String quarters = period.firstQuarter() == period.lastQuarter()
                ? get("export.period.quarter", Integer.toString(period.firstQuarter()))
                : get(
                        "export.period.quarters",
                        Integer.toString(period.firstQuarter()),
                        Integer.toString(period.lastQuarter()));
        return get(
                "export.period.yearQuarters",
                Integer.toString(fy.year()),
                quarters,
                date(period.from()),
                date(period.to()));
    }
}
