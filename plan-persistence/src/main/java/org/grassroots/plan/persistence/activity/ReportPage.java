package org.grassroots.plan.persistence.activity;

import java.util.List;

/** One page of reports, numbered from 0, and how many match in all. */
public record ReportPage(List<ReportRow> rows, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
