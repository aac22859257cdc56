package org.grassroots.plan.core.activity;

import java.util.List;

/**
 * Files a batch of draft reports for a mission from an uploaded file: every row is checked like the form, and
 * either all rows are filed or none. Problems found while reading the file (unreadable numbers or dates) come
 * with the rows and are reported together with the content checks.
 */
public record ImportActivityReports(
        Long actorId, String missionCode, List<Row> rows, List<ImportViolation> readProblems) {

    /** One row of the file: its line number and its content. */
    public record Row(int line, ReportContent content) {}

    public ImportActivityReports {
        rows = List.copyOf(rows);
        readProblems = List.copyOf(readProblems);
    }
}
