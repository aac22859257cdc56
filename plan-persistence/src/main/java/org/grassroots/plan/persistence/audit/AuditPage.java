package org.grassroots.plan.persistence.audit;

import java.util.List;

/** A page of audit entries, with what a pager needs. */
public record AuditPage(List<AuditEntryRow> entries, long total, int page, int size) {

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
