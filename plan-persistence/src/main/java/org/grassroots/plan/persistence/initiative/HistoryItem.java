package org.grassroots.plan.persistence.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.grassroots.plan.core.shared.DateLabels;
import org.grassroots.plan.core.shared.Localized;
import org.jspecify.annotations.Nullable;

/**
 * One value in the change history: a text in both languages and/or a message key (for statuses, yes/no and
 * partner kinds), which the page resolves in the reader's language.
 */
public record HistoryItem(
        String labelJa, String labelEn, @Nullable String messageKey) implements Localized {

    public static HistoryItem text(String text) {
        return new HistoryItem(text, text, null);
    }

    public static HistoryItem key(String messageKey) {
        return new HistoryItem("", "", messageKey);
    }

    public static HistoryItem date(LocalDate date) {
        return new HistoryItem(DateLabels.date(date, true), DateLabels.date(date, false), null);
    }

    public static HistoryItem fiscalYear(int year) {
        return new HistoryItem(DateLabels.fiscalYear(year, true), DateLabels.fiscalYear(year, false), null);
    }

    /** A target as "indicator: actual / target unit", each part in the reader's language where it has one. */
    public static HistoryItem target(TargetFigures target) {
        return new HistoryItem(targetText(target, Locale.JAPANESE), targetText(target, Locale.ENGLISH), null);
    }

    private static String targetText(TargetFigures target, Locale locale) {
        String unit = target.unit(locale).text();
        return target.indicator(locale).text() + ": " + plain(target.actualValue()) + " / "
                + plain(target.targetValue()) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    public boolean hasText() {
        return !labelJa.isEmpty() || !labelEn.isEmpty();
    }
}
