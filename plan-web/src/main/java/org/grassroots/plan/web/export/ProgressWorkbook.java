package org.grassroots.plan.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.plan.persistence.export.ExportQueries;
import org.grassroots.plan.persistence.export.ProgressFigures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress summary as an Excel workbook: sheets summary, by area, by state, initiatives and reports, with numbers
 * and dates as typed cells, a frozen header row, filters and column widths. Written by POI's streaming SXSSF, which
 * keeps only a window of rows in memory and the rest in compressed temporary files, so a million reports fit in a
 * small heap. Rows beyond Excel's limit of 1,048,576 are left out and the summary sheet says so.
 */
@Component
class ProgressWorkbook {

    private static final int WINDOW = 200;
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final ProgressSummaries summaries;
    private final ExportQueries rows;
    private final MessageSource messages;

    ProgressWorkbook(ProgressSummaries summaries, ExportQueries rows, MessageSource messages) {
        this.summaries = summaries;
        this.rows = rows;
        this.messages = messages;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void write(ExportScope scope, OutputStream out) throws IOException {
        var text = new ExportText(messages, scope.language());
        ProgressSummary summary = summaries.summary(scope);
        try (var workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            var styles = new Styles(workbook);
            SXSSFSheet summarySheet = workbook.createSheet(text.get("export.sheet.summary"));
            int summaryRows = writeSummary(summarySheet, summary, text, styles);
            writeCounts(
                    workbook.createSheet(text.get("export.sheet.byArea")),
                    summary.figures().byArea(),
                    text,
                    styles);
            writeCounts(
                    workbook.createSheet(text.get("export.sheet.byState")),
                    summary.figures().byState(),
                    text,
                    styles);
            var initiatives = new Table(workbook.createSheet(text.get("export.sheet.initiatives")), styles);
            initiatives.header(CsvExports.INITIATIVE_COLUMNS, "export.csv.initiative.", text, 18);
            rows.forEachInitiative(
                    scope.filter(),
                    line -> CsvExports.initiativeCells(line, text).forEach(initiatives::row));
            initiatives.finish();
            var reports = new Table(workbook.createSheet(text.get("export.sheet.reports")), styles);
            reports.header(CsvExports.REPORT_COLUMNS, "export.csv.report.", text, 16);
            rows.forEachReport(scope.filter(), row -> reports.row(CsvExports.reportCells(row, text)));
            reports.finish();
            if (reports.truncated > 0 || initiatives.truncated > 0) {
                Row row = summarySheet.createRow(summaryRows);
                row.createCell(0).setCellValue(text.get("export.xlsx.truncated", MAX_DATA_ROWS));
            }
            workbook.write(out);
        }
    }

    private static int writeSummary(Sheet sheet, ProgressSummary summary, ExportText text, Styles styles) {
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        var h = summary.figures().headline();
        int r = 0;
        r = pair(sheet, r, text.get("export.title"), text.period(summary.scope().period()), styles);
        r = pair(sheet, r, text.get("export.issuedOn"), ExportText.isoJst(summary.issuedAt()), styles);
        if (summary.scope().demo()) {
            r = pair(sheet, r, text.get("export.demo.label"), text.get("export.demo.notice"), styles);
        }
        r = pair(sheet, r, text.get("export.headline.acceptedReports"), h.acceptedReports(), styles);
        r = pair(sheet, r, text.get("export.headline.participants"), h.participants(), styles);
        r = pair(sheet, r, text.get("export.headline.statesReached"), h.statesReached(), styles);
        r = pair(sheet, r, text.get("export.headline.missionsReporting"), h.missionsReporting(), styles);
        r = pair(sheet, r, text.get("export.headline.initiatives"), h.initiatives(), styles);
        r = pair(sheet, r, text.get("export.headline.activeInitiatives"), h.activeInitiatives(), styles);
        r = pair(sheet, r, text.get("export.source"), text.get("export.source.text"), styles);
        return r;
    }

    private static int pair(Sheet sheet, int r, String label, Object value, Styles styles) {
        Row row = sheet.createRow(r);
        var key = row.createCell(0);
        key.setCellValue(label);
        key.setCellStyle(styles.header);
        var cell = row.createCell(1);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.integer);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        return r + 1;
    }

    private static void writeCounts(SXSSFSheet sheet, List<ProgressFigures.Count> counts, ExportText text, Styles s) {
        var table = new Table(sheet, s);
        table.header(List.of("code", "label", "accepted_reports", "participants"), "export.xlsx.count.", text, 16);
        for (var count : counts) {
            table.row(List.of(
                    count.item().code(), text.label(count.item()), count.acceptedReports(), count.participants()));
        }
        table.finish();
        sheet.setColumnWidth(1, 48 * 256);
    }

    /** The cell styles of the workbook, created once (a workbook holds at most 64,000). */
    static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle integer;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }
    }

    /** A sheet with a bold, frozen, filtered header row and typed cells below. */
    static final class Table {
        private final SXSSFSheet sheet;
        private final Styles styles;
        private int columns;
        private int next = 1;
        long truncated;

        Table(SXSSFSheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        void header(List<String> names, String prefix, ExportText text, int width) {
            columns = names.size();
            Row row = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                var cell = row.createCell(c);
                cell.setCellValue(text.get(prefix + names.get(c)));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, width * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        void row(List<Object> cells) {
            if (next > MAX_DATA_ROWS) {
                truncated++;
                return;
            }
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value == null || value instanceof String s && s.isEmpty()) {
                    continue;
                }
                var cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.date);
                } else if (value instanceof OffsetDateTime t) {
                    cell.setCellValue(t.toLocalDateTime());
                    cell.setCellStyle(styles.dateTime);
                } else {
                    cell.setCellValue(CellText.neutralise(value.toString()));
                }
            }
        }

        void finish() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 1), 0, columns - 1));
        }
    }
}
