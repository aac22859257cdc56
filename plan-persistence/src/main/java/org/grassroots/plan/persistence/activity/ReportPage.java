package org.grassroots.plan.persistence.activity;

import java.util.List;
import org.grassroots.plan.persistence.shared.CappedCount;

/**
 * One page of reports, numbered from 0, and how many match, counted up to {@link CappedCount#CAP}
 * ({@code totalCapped}: there are more).
 */
public record ReportPage(List<ReportRow> rows, int page, int size, long total, boolean totalCapped) {

    public int totalPages() {
        return new CappedCount(total, totalCapped).pages(size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
