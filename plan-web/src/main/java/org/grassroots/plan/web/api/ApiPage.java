package org.grassroots.plan.web.api;

import java.util.List;

/** One page of a list: the items, the page number (from 1), the page size and how many match in all. */
public record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> ApiPage<T> of(List<T> items, int page, int size, long total) {
        return new ApiPage<>(items, page, size, total, (int) Math.max(1, (total + size - 1) / size));
    }
}
