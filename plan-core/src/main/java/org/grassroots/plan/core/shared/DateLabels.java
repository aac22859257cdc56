package org.grassroots.plan.core.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and fiscal years as each language writes them: 2026年5月1日 / 1 May 2026, 2026年度 / FY2026. */
public final class DateLabels {

    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private DateLabels() {}

    public static String date(LocalDate date, boolean japanese) {
        return date.format(japanese ? JAPANESE : ENGLISH);
    }

    public static String fiscalYear(int year, boolean japanese) {
        return japanese ? year + "年度" : "FY" + year;
    }
}
