package org.grassroots.plan.web.dashboard;

import java.util.List;

/** One bar of a bar chart: label, value, share of the largest value (0–100) and where the bar links to. */
record Bar(String code, String label, long value, int percent, String href) {

    static int percent(long value, long max) {
        return max <= 0 ? 0 : (int) Math.round(100.0 * value / max);
    }

    static long max(List<Bar> bars) {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }
}
