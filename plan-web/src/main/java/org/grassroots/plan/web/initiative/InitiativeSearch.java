package org.grassroots.plan.web.initiative;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.initiative.InitiativeFilter;
import org.grassroots.plan.persistence.initiative.InitiativeSort;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's query parameters (filters, search text, sort, page), bound from the URL so that any view of the list
 * can be bookmarked, and written back into the links for sorting and paging.
 */
public class InitiativeSearch {

    static final int PAGE_SIZE = 25;

    private @Nullable String q;
    private @Nullable String area;
    private @Nullable String sector;
    private @Nullable String state;
    private @Nullable String mission;
    private @Nullable String approach;
    private @Nullable String tier;
    private @Nullable String audience;
    private @Nullable InitiativeStatus status;
    private @Nullable Integer fy;
    private boolean stale;
    private boolean archived;
    private InitiativeSort sort = InitiativeSort.UPDATED;

    private @Nullable String dir;
    private int page = 1;

    InitiativeFilter toFilter(boolean mayListArchived) {
        return new InitiativeFilter(
                q,
                area,
                sector,
                state,
                mission,
                approach,
                tier,
                audience,
                status == null ? null : status.name(),
                fy,
                stale,
                archived && mayListArchived);
    }

    boolean descending() {
        return dir == null ? sort == InitiativeSort.UPDATED : "desc".equals(dir);
    }

    public boolean isFiltered() {
        return q != null
                || area != null
                || sector != null
                || state != null
                || mission != null
                || approach != null
                || tier != null
                || audience != null
                || status != null
                || fy != null
                || stale
                || archived;
    }

    /** The link that sorts by a column, ascending first, or turns the current column's order around. */
    public String sortLink(String columnName) {
        var column = InitiativeSort.valueOf(columnName);
        var params = params();
        params.put("sort", column.name());
        params.put("dir", column == sort && !descending() ? "desc" : "asc");
        params.remove("page");
        return url(params);
    }

    /** How the column is sorted now, for aria-sort: ascending, descending or none. */
    public String ariaSort(String columnName) {
        var column = InitiativeSort.valueOf(columnName);
        return column != sort ? "none" : descending() ? "descending" : "ascending";
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
        put(params, "q", q);
        put(params, "area", area);
        put(params, "sector", sector);
        put(params, "state", state);
        put(params, "mission", mission);
        put(params, "approach", approach);
        put(params, "tier", tier);
        put(params, "audience", audience);
        put(params, "status", status);
        put(params, "fy", fy);
        put(params, "stale", stale ? Boolean.TRUE : null);
        put(params, "archived", archived ? Boolean.TRUE : null);
        params.put("sort", sort.name());
        put(params, "dir", dir);
        if (page > 1) {
            params.put("page", page);
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

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public @Nullable String getArea() {
        return area;
    }

    public void setArea(@Nullable String area) {
        this.area = area;
    }

    public @Nullable String getSector() {
        return sector;
    }

    public void setSector(@Nullable String sector) {
        this.sector = sector;
    }

    public @Nullable String getState() {
        return state;
    }

    public void setState(@Nullable String state) {
        this.state = state;
    }

    public @Nullable String getMission() {
        return mission;
    }

    public void setMission(@Nullable String mission) {
        this.mission = mission;
    }

    public @Nullable String getApproach() {
        return approach;
    }

    public void setApproach(@Nullable String approach) {
        this.approach = approach;
    }

    public @Nullable String getTier() {
        return tier;
    }

    public void setTier(@Nullable String tier) {
        this.tier = tier;
    }

    public @Nullable String getAudience() {
        return audience;
    }

    public void setAudience(@Nullable String audience) {
        this.audience = audience;
    }

    public @Nullable InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable InitiativeStatus status) {
        this.status = status;
    }

    public @Nullable Integer getFy() {
        return fy;
    }

    public void setFy(@Nullable Integer fy) {
        this.fy = fy;
    }

    public boolean isStale() {
        return stale;
    }

    public void setStale(boolean stale) {
        this.stale = stale;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    InitiativeSort sortColumn() {
        return sort;
    }

    public String getSort() {
        return sort.name();
    }

    /** Accepts a column name in any case; anything else sorts by the default column. */
    public void setSort(@Nullable String sort) {
        this.sort = Arrays.stream(InitiativeSort.values())
                .filter(column -> column.name().equalsIgnoreCase(sort == null ? "" : sort.replace("-", "_")))
                .findFirst()
                .orElse(InitiativeSort.UPDATED);
    }

    public @Nullable String getDir() {
        return dir;
    }

    public void setDir(@Nullable String dir) {
        String lower = dir == null ? null : dir.toLowerCase(java.util.Locale.ROOT);
        this.dir = "desc".equals(lower) || "asc".equals(lower) ? lower : null;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }
}
