package org.grassroots.plan.web.activity;

import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.activity.ReportSearch;
import org.jspecify.annotations.Nullable;

/** The filters of the report list and the review queue, from the query string. */
public class ReportFilter {

    private @Nullable String mission;
    private @Nullable String state;
    private @Nullable ActivityReportStatus status;
    private @Nullable String area;
    private @Nullable Integer fy;
    private @Nullable String revision;
    private @Nullable Integer q;
    private int page;

    ReportSearch toSearch() {
        var fiscalYear = fy != null && fy >= 2000 && fy <= 2100 ? FiscalYear.of(fy) : null;
        return new ReportSearch(mission, state, status, area, fiscalYear, q, revision);
    }

    public @Nullable String getMission() {
        return mission;
    }

    public void setMission(@Nullable String mission) {
        this.mission = mission;
    }

    public @Nullable String getState() {
        return state;
    }

    public void setState(@Nullable String state) {
        this.state = state;
    }

    public @Nullable ActivityReportStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable ActivityReportStatus status) {
        this.status = status;
    }

    public @Nullable String getArea() {
        return area;
    }

    public void setArea(@Nullable String area) {
        this.area = area;
    }

    public @Nullable Integer getFy() {
        return fy;
    }

    public void setFy(@Nullable Integer fy) {
        this.fy = fy;
    }

    /** The plan revision in effect on the activity's date (e.g. {@code AP-3.0}). */
    public @Nullable String getRevision() {
        return revision;
    }

    public void setRevision(@Nullable String revision) {
        this.revision = revision;
    }

    /** A fiscal quarter (1 to 4) within {@link #getFy()}; ignored without a fiscal year. */
    public @Nullable Integer getQ() {
        return q;
    }

    public void setQ(@Nullable Integer q) {
        this.q = q != null && q >= 1 && q <= 4 ? q : null;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 100_000));
    }
}
