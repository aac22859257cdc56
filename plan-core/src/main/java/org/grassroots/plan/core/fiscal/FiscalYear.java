package org.grassroots.plan.core.fiscal;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * A Japanese government fiscal year: FY2026 runs from 1 April 2026 to 31 March 2027. Quarters start in April
 * (Q1 = April to June).
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    /** The time zone in which HQ counts days: fiscal years, due dates and "today". */
    public static final ZoneId HQ_ZONE = ZoneId.of("Asia/Tokyo");

    public FiscalYear {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("Fiscal year out of range: " + year);
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public FiscalYear previous() {
        return new FiscalYear(year - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    /** The quarter (1 to 4) of this fiscal year that contains the date. */
    public static int quarterOf(LocalDate date) {
        return ((date.getMonthValue() + 8) % 12) / 3 + 1;
    }

    public LocalDate quarterStart(int quarter) {
        checkQuarter(quarter);
        return start().plusMonths(3L * (quarter - 1));
    }

    public LocalDate quarterEnd(int quarter) {
        return quarterStart(quarter).plusMonths(3).minusDays(1);
    }

    private static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A fiscal quarter is 1 to 4: " + quarter);
        }
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return "FY" + year;
    }
}
