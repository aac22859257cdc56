package org.grassroots.plan.persistence.shared;

/**
 * How many rows match a list's filters, counted up to {@link #CAP}: beyond it the count says only "more than"
 * (shown as "10,000+"), so that counting never costs more than reading {@code CAP} index entries, whatever the
 * table's size. Lists page through the first {@code CAP} rows; filters narrow the rest down.
 */
public record CappedCount(long value, boolean capped) {

    public static final int CAP = 10_000;

    /** {@code SELECT count(*)} over at most {@code CAP + 1} rows of {@code fromWhere} ("FROM ... WHERE ..."). */
    public static String sql(String fromWhere) {
        return "SELECT count(*) FROM (SELECT 1 " + fromWhere + " LIMIT " + (CAP + 1) + ") AS capped";
    }

    public static CappedCount of(long counted) {
        return counted > CAP ? new CappedCount(CAP, true) : new CappedCount(counted, false);
    }

    /** The number of pages of {@code size} rows, at least one. */
    public int pages(int size) {
        return (int) Math.max(1, (value + size - 1) / size);
    }
}
