package org.grassroots.plan.web.initiative;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.plan.persistence.initiative.InitiativeSort;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the initiative list that keep its search in the URL: sorting by a column, paging, the archived
 * switch and the download of the whole filtered list.
 */
public class InitiativeListLinks {

    private final InitiativeSearch search;

    InitiativeListLinks(InitiativeSearch search) {
        this.search = search;
    }

    /** The link that sorts by a column, ascending first, or turns the current column's order around. */
    public String sortLink(String columnName) {
        var column = InitiativeSort.valueOf(columnName);
        var params = params();
        params.put("sort", column.name());
        params.put("dir", column == search.sortColumn() && !search.descending() ? "desc" : "asc");
        params.remove("page");
        return url(params);
    }

    /** The spreadsheet of the whole filtered list (every page), in the current order. */
    public String exportLink() {
        var params = params();
        params.remove("page");
        return url("/initiatives/export.xlsx", params);
    }

    /** The list at a page: a number, or the placeholder the pagination fragment replaces with each number. */
    public String pageLink(Object number) {
        var params = params();
        params.put("page", number);
        return url(params);
    }

    /** The same list without the archived switch, or with it (for administrators). */
    public String archivedLink(boolean showArchived) {
        var params = params();
        params.remove("page");
        if (showArchived) {
            params.put("archived", true);
        } else {
            params.remove("archived");
        }
        return url(params);
    }

    /** This list again, with the notice that it is too long to download. */
    public String exportTooLargeUrl() {
        var params = params();
        params.remove("page");
        params.put("exportTooLarge", true);
        return url(params);
    }

    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        put(params, "q", search.getQ());
        put(params, "area", search.getArea());
        put(params, "sector", search.getSector());
        put(params, "state", search.getState());
        put(params, "mission", search.getMission());
        put(params, "approach", search.getApproach());
        put(params, "tier", search.getTier());
        put(params, "audience", search.getAudience());
        put(params, "status", search.getStatus());
        put(params, "fy", search.getFy());
        put(params, "stale", search.isStale() ? Boolean.TRUE : null);
        put(params, "archived", search.isArchived() ? Boolean.TRUE : null);
        params.put("sort", search.getSort());
        put(params, "dir", search.getDir());
        if (search.getPage() > 1) {
            params.put("page", search.getPage());
        }
        return params;
    }

    private static void put(Map<String, Object> params, String name, @Nullable Object value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static String url(Map<String, Object> params) {
        return url("/initiatives", params);
    }

    private static String url(String path, Map<String, Object> params) {
        var builder = UriComponentsBuilder.fromPath(path);
        params.forEach((name, value) -> builder.queryParam(name, value));
        return builder.build().encode().toUriString();
    }
}
