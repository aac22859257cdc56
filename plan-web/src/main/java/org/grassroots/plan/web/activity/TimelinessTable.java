package org.grassroots.plan.web.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.grassroots.plan.persistence.activity.ReportFilingRow;

/** The filings of a fiscal year as a table: one line per mission, one cell per quarter. */
record TimelinessTable(List<Line> lines) {

    record Line(ReportFilingRow first, List<ReportFilingRow> quarters) {}

    static TimelinessTable of(List<ReportFilingRow> rows) {
        var byMission = new LinkedHashMap<String, List<ReportFilingRow>>();
        rows.forEach(row -> byMission
                .computeIfAbsent(row.missionCode(), code -> new ArrayList<>())
                .add(row));
        return new TimelinessTable(byMission.values().stream()
                .map(quarters -> new Line(quarters.get(0), List.copyOf(quarters)))
                .toList());
    }
}
