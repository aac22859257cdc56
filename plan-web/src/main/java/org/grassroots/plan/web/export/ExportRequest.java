package org.grassroots.plan.web.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The parameters of an export as the page's form and the download URLs send them: {@code fy} (2026 = April 2026 to
 * March 2027) with optional consecutive {@code quarter}s, or a date range {@code from}–{@code to}; optional
 * {@code area}, {@code mission}, {@code state} codes; {@code revision} (a plan revision); {@code lang} ja or en.
 */
public class ExportRequest {

    private @Nullable Integer fy;
    private List<Integer> quarter = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate to;

    private List<String> area = new ArrayList<>();
    private List<String> mission = new ArrayList<>();
    private List<String> state = new ArrayList<>();
    private @Nullable String lang;
    private @Nullable String revision;

    public @Nullable Integer getFy() {
        return fy;
    }

    public void setFy(@Nullable Integer fy) {
        this.fy = fy;
    }

    public List<Integer> getQuarter() {
        return quarter;
    }

    public void setQuarter(List<Integer> quarter) {
        this.quarter = quarter;
    }

    public @Nullable LocalDate getFrom() {
        return from;
    }

    public void setFrom(@Nullable LocalDate from) {
        this.from = from;
    }

    public @Nullable LocalDate getTo() {
        return to;
    }

    public void setTo(@Nullable LocalDate to) {
        this.to = to;
    }

    public List<String> getArea() {
        return area;
    }

    public void setArea(List<String> area) {
        this.area = area;
    }

    public List<String> getMission() {
        return mission;
    }

    public void setMission(List<String> mission) {
        this.mission = mission;
    }

    public List<String> getState() {
        return state;
    }

    public void setState(List<String> state) {
        this.state = state;
    }

    public @Nullable String getLang() {
        return lang;
    }

    public void setLang(@Nullable String lang) {
        this.lang = lang;
    }

    /** The plan revision in effect on the activity's date (e.g. {@code AP-4.0}); none means every revision. */
    public @Nullable String getRevision() {
        return revision;
    }

    public void setRevision(@Nullable String revision) {
        this.revision = revision;
    }
}
