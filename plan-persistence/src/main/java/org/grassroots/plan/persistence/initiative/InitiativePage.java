package org.grassroots.plan.persistence.initiative;

import java.util.List;

/** One page of the initiative list with the total number of matching initiatives. */
public record InitiativePage(List<InitiativeRow> rows, long total, int page, int size) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
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
