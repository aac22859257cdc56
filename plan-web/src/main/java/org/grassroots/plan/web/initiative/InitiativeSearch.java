package org.grassroots.plan.web.initiative;

import java.util.Arrays;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.initiative.InitiativeFilter;
import org.grassroots.plan.persistence.initiative.InitiativeSort;
import org.jspecify.annotations.Nullable;

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

    /** How the column is sorted now, for aria-sort: ascending, descending or none. */
    public String ariaSort(String columnName) {
        var column = InitiativeSort.valueOf(columnName);
        return column != sort ? "none" : descending() ? "descending" : "ascending";
    }

    /** The links that keep this search: sorting, paging, the archived switch, the download. */
    public InitiativeListLinks links() {
        return new InitiativeListLinks(this);
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
