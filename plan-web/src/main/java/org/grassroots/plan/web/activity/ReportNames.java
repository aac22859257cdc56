package org.grassroots.plan.web.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.grassroots.plan.persistence.activity.ReportDetail;
import org.grassroots.plan.persistence.activity.ReportRow;
import org.grassroots.plan.web.config.DisplayFormats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's human name — mission, state, date and the first words of its summary — used as its page heading and
 * as link text wherever a report is linked, instead of its database id; and how long a report has waited for review.
 */
@Component("reportNames")
public class ReportNames {

    /** How many characters of the summary a report's name carries. */
    static final int NAME_WORDS = 24;

    private final MessageSource messages;
    private final DisplayFormats formats;
    private final Clock clock;

    ReportNames(MessageSource messages, DisplayFormats formats, Clock clock) {
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    public String of(ReportRow row, Locale locale) {
        return name(
                row.mission().label(locale),
                row.stateCode() == null ? national(locale) : row.state().label(locale),
                row.activityDate(),
                row.summaryExcerpt(),
                locale);
    }

    public String of(ReportDetail report, Locale locale) {
        return name(
                report.mission().label(locale),
                report.stateCode() == null ? national(locale) : report.state().label(locale),
                report.activityDate(),
                report.summary(),
                locale);
    }

    /**
     * The mission, state and date of a report, for a list that writes the first words of its summary apart (in a
     * {@code q} element in the summary's own language, so a screen reader reads them with the right voice).
     */
    public String place(ReportRow row, Locale locale) {
        return messages.getMessage(
                "reports.place",
                new Object[] {
                    row.mission().label(locale),
                    row.stateCode() == null ? national(locale) : row.state().label(locale),
                    formats.date(row.activityDate(), locale)
                },
                locale);
    }

    /** The first words of a summary as a report's name carries them. */
    public String words(@Nullable String summary) {
        return firstWords(summary, NAME_WORDS);
    }

    /** The first words of a text, cut at a word boundary (or, in Japanese, a character) with an ellipsis. */
    public static String firstWords(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        var flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, max);
        int space = flat.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        }
        return flat.substring(0, end).strip() + "…";
    }

    /** "12日待ち" / "waiting 12 days": whole days since the report was (re)submitted, by the one clock. */
    public String waiting(@Nullable Instant submittedAt, Locale locale) {
        if (submittedAt == null) {
            return "";
        }
        long days = Math.max(0, Duration.between(submittedAt, clock.instant()).toDays());
        return messages.getMessage("reports.review.waiting", new Object[] {days}, locale);
    }

    private String national(Locale locale) {
        return messages.getMessage("reference.national.short", null, locale);
    }

    private String name(String mission, String state, LocalDate date, String summary, Locale locale) {
        return messages.getMessage(
                "reports.name",
                new Object[] {mission, state, formats.date(date, locale), firstWords(summary, NAME_WORDS)},
                locale);
    }
}
