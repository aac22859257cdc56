package org.grassroots.plan.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.export.ExportQueries;
import org.grassroots.plan.persistence.export.InitiativeExportLine;
import org.grassroots.plan.persistence.export.ReportExportRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reports and initiatives as flat CSV tables: UTF-8 with a byte order mark (so that Excel in Japan reads it as
 * UTF-8), a header row in the file's language, codes beside their labels, formula-like texts neutralised, and under
 * the demo profile a first comment line that says the data is fictional. Rows stream from the database.
 */
@Component
class CsvExports {

    static final char BOM = '\uFEFF';
    static final char COMMENT = '#';

    static final List<String> REPORT_COLUMNS = List.of(
            "id",
            "status",
            "status_label",
            "activity_date",
            "fiscal_year",
            "fiscal_quarter",
            "mission_code",
            "mission",
            "state_code",
            "state",
            "city",
            "activity_type",
            "activity_type_label",
            "priority_area_codes",
            "priority_areas",
            "participants",
            "audience_code",
            "audience",
            "initiative_id",
            "summary",
            "outcome",
            "submitted_at",
            "reviewed_at");

    static final List<String> INITIATIVE_COLUMNS = List.of(
            "id",
            "title",
            "status",
            "status_label",
            "fiscal_year",
            "start_date",
            "end_date",
            "lead_mission_code",
            "lead_mission",
            "priority_area_codes",
            "priority_areas",
            "state_codes",
            "states",
            "accepted_reports_in_period",
            "target_indicator",
            "target_unit",
            "target_value",
            "actual_value");

    private final ExportQueries queries;
    private final MessageSource messages;

    CsvExports(ExportQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    void reports(ExportScope scope, OutputStream out) throws IOException {
        var text = new ExportText(messages, scope.language());
        write(
                scope,
                text,
                "export.csv.report.",
                REPORT_COLUMNS,
                out,
                printer -> queries.forEachReport(scope.filter(), row -> print(printer, reportCells(row, text))));
    }

    void initiatives(ExportScope scope, OutputStream out) throws IOException {
        var text = new ExportText(messages, scope.language());
        write(
                scope,
                text,
                "export.csv.initiative.",
                INITIATIVE_COLUMNS,
                out,
                printer -> queries.forEachInitiative(
                        scope.filter(), line -> initiativeCells(line, text).forEach(cells -> print(printer, cells))));
    }

    static List<Object> reportCells(ReportExportRow r, ExportText text) {
        return Arrays.asList(
                r.id(),
                r.status(),
                text.code("reports.status.", r.status().name()),
                r.activityDate(),
                FiscalYear.containing(r.activityDate()).year(),
                FiscalYear.quarterOf(r.activityDate()),
                r.mission().code(),
                text.label(r.mission()),
                r.state() == null ? null : r.state().code(),
                text.label(r.state()),
                r.city(),
                r.activityType(),
                text.code("reports.type.", r.activityType()),
                ExportText.codes(r.priorityAreas()),
                text.labels(r.priorityAreas()),
                r.participants(),
                r.audience() == null ? null : r.audience().code(),
                text.label(r.audience()),
                r.initiativeId(),
                r.summary(),
                r.outcome(),
                ExportText.jst(r.submittedAt()),
                ExportText.jst(r.reviewedAt()));
    }

    /** One line per target of the initiative; an initiative without targets is one line with empty targets. */
    static List<List<Object>> initiativeCells(InitiativeExportLine i, ExportText text) {
        List<Object> common = Arrays.asList(
                i.id(),
                i.title(text.japanese()),
                i.status(),
                text.code("initiative.status.", i.status().name()),
                i.fiscalYear(),
                i.startDate(),
                i.endDate(),
                i.leadMission() == null ? null : i.leadMission().code(),
                text.label(i.leadMission()),
                ExportText.codes(i.priorityAreas()),
                text.labels(i.priorityAreas()),
                ExportText.codes(i.states()),
                text.labels(i.states()),
                i.acceptedReports());
        if (i.targets().isEmpty()) {
            List<Object> cells = new ArrayList<>(common);
            cells.addAll(Arrays.asList(null, null, null, null));
            return List.of(cells);
        }
        List<List<Object>> lines = new ArrayList<>();
        for (var target : i.targets()) {
            List<Object> cells = new ArrayList<>(common);
            cells.addAll(Arrays.asList(
                    target.indicator(text.locale()).text(),
                    target.unit(text.locale()).text(),
                    target.targetValue(),
                    target.actualValue()));
            lines.add(cells);
        }
        return lines;
    }

    /** Writes the BOM, the demo comment, the header and whatever rows {@code body} prints. */
    private void write(
            ExportScope scope,
            ExportText text,
            String headerPrefix,
            List<String> columns,
            OutputStream out,
            java.util.function.Consumer<CSVPrinter> body)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BOM);
        var format = CSVFormat.DEFAULT.builder().setCommentMarker(COMMENT).get();
        var printer = new CSVPrinter(writer, format);
        if (scope.demo()) {
            printer.printComment(text.get("export.demo.notice"));
        }
        printer.printRecord(
                columns.stream().map(c -> text.get(headerPrefix + c)).toList());
        try {
            body.accept(printer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static void print(CSVPrinter printer, List<Object> cells) {
        try {
            List<Object> safe = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                safe.add(
                        cell instanceof String s
                                ? CellText.neutralise(s)
                                : cell instanceof BigDecimal d ? d.toPlainString() : cell);
            }
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
