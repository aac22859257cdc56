package org.grassroots.plan.persistence.initiative;

import java.util.List;
import org.grassroots.plan.persistence.shared.CappedCount;

/**
 * One page of the initiative list with the number of matching initiatives, counted up to {@link CappedCount#CAP}
 * ({@code totalCapped}: there are more).
 */
public record InitiativePage(List<InitiativeRow> rows, long total, boolean totalCapped, int page, int size) {

    public int totalPages() {
        return new CappedCount(total, totalCapped).pages(size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastRow() {
        return firstRow() + rows.size() - (rows.isEmpty() ? 0 : 1);
    }
}
