package org.grassroots.plan.web.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.plan.persistence.dashboard.MonthCount;

/**
 * Accepted reports per month as an SVG column chart (viewBox 0 0 480 160) with the same figures as a table: every
 * month of the range, months with no report as zero.
 */
record MonthChart(List<Column> columns, long max, long total) {

    static final int WIDTH = 480;
    static final int HEIGHT = 140;

    /** The 24 months up to the end of the period, or up to this month when the period is not over yet. */
    static MonthChart last24(
            org.grassroots.plan.persistence.dashboard.ReportTallyQueries tally,
            org.grassroots.plan.persistence.dashboard.TallyScope scope,
            org.grassroots.plan.persistence.dashboard.DashboardPeriod period,
            LocalDate today) {
        var thisMonth = today.withDayOfMonth(1);
        var lastMonth = period.lastMonth().isAfter(thisMonth) ? thisMonth : period.lastMonth();
        var firstMonth = lastMonth.minusMonths(23);
        return of(tally.acceptedByMonth(scope, firstMonth, lastMonth, period.planRevision()), firstMonth, 24);
    }

    static MonthChart of(List<MonthCount> counts, LocalDate firstMonth, int months) {
        Map<LocalDate, Long> byMonth = counts.stream().collect(Collectors.toMap(MonthCount::month, MonthCount::count));
        long max = counts.stream().mapToLong(MonthCount::count).max().orElse(0);
        double step = (double) WIDTH / months;
        var columns = new ArrayList<Column>();
        for (int i = 0; i < months; i++) {
            var month = firstMonth.plusMonths(i);
            long value = byMonth.getOrDefault(month, 0L);
            int height = max == 0 ? 0 : (int) Math.round((double) HEIGHT * value / max);
            columns.add(new Column(month, value, (int) Math.round(i * step) + 1, (int) Math.max(1, step - 2), height));
        }
        return new MonthChart(
                columns, max, counts.stream().mapToLong(MonthCount::count).sum());
    }

    /** One month: x and width in the viewBox, bar height from the baseline at y = 150. */
    record Column(LocalDate month, long value, int x, int width, int height) {

        public int y() {
            return 150 - height;
        }

        public boolean startsYear() {
            return month.getMonthValue() == 4;
        }
    }
}
