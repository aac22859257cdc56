package org.grassroots.plan.persistence.audit;

import java.util.List;
import org.grassroots.plan.persistence.shared.CappedCount;

/**
 * A page of audit entries, with what a pager needs; the total is counted up to {@link CappedCount#CAP}
 * ({@code totalCapped}: there are more).
 */
public record AuditPage(List<AuditEntryRow> entries, long total, boolean totalCapped, int page, int size) {

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
