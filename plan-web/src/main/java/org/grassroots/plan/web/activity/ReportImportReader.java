package org.grassroots.plan.web.activity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.plan.core.activity.ActivityReportImport;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.activity.ImportActivityReports;
import org.grassroots.plan.core.activity.ImportViolation;
import org.grassroots.plan.core.activity.ReportContent;
import org.grassroots.plan.web.spreadsheet.SpreadsheetCells;
import org.jspecify.annotations.Nullable;

/**
 * Reads a report import file (CSV or XLSX, see {@link ReportImportTable}) with a header row of English or Japanese
 * column names. Multiple codes and links are separated by semicolons.
 * Values that cannot be read become problems of their row and column; the content rules are checked later.
 */
final class ReportImportReader {
    private static final String SEPARATORS = "[;；、\\s]+";

    /** What was read: rows (numbered as in a spreadsheet, the header being row 1) and the problems found. */
    record Result(List<ImportActivityReports.Row> rows, List<ImportViolation> problems) {}

    private final Map<String, Map<String, Long>> countiesByState;
    private final List<ImportViolation> problems = new ArrayList<>();

    /** @param countiesByState the mission's counties, by state code, then by lower-case county name */
    ReportImportReader(Map<String, Map<String, Long>> countiesByState) {
        this.countiesByState = countiesByState;
    }

    Result read(byte[] bytes) {
        var rows = new ArrayList<ImportActivityReports.Row>();
        try {
            var table = ReportImportTable.read(bytes);
            var columns = new EnumMap<ReportImportColumn, String>(ReportImportColumn.class);
            for (String header : table.headers()) {
                if (header.isBlank()) {
                    continue;
                }
                ReportImportColumn.byHeader(header)
                        .ifPresentOrElse(
                                column -> columns.put(column, header),
                                () -> problems.add(
                                        new ImportViolation(1, "file", "reports.import.error.unknownColumn", header)));
            }
            for (var column : ReportImportColumn.values()) {
                if (column.isRequired() && !columns.containsKey(column)) {
                    problems.add(new ImportViolation(1, column.getField(), "reports.import.error.missingColumn"));
                }
            }
            for (var line : table.lines()) {
                if (rows.size() > ActivityReportImport.MAX_ROWS) {
                    break;
                }
                rows.add(new ImportActivityReports.Row(line.number(), content(new Cells(line, columns))));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportViolation(1, "file", "reports.import.error.unreadable"));
        }
        return new Result(rows, problems);
    }

    private ReportContent content(Cells cells) {
        var state = cells.text(ReportImportColumn.STATE);
        var stateCode = state == null ? null : state.toUpperCase(Locale.ROOT);
        return new ReportContent(
                stateCode,
                county(cells, stateCode),
                cells.text(ReportImportColumn.CITY),
                cells.parse(ReportImportColumn.DATE, SpreadsheetCells::date, "reports.import.error.date"),
                cells.parse(
                        ReportImportColumn.ACTIVITY_TYPE,
                        value -> ActivityType.valueOf(value.toUpperCase(Locale.ROOT)),
                        "reports.error.unknownCode"),
                cells.codes(ReportImportColumn.PRIORITY_AREAS),
                cells.codes(ReportImportColumn.SECTORS),
                upper(cells.text(ReportImportColumn.AUDIENCE)),
                upper(cells.text(ReportImportColumn.INTEREST_TIER)),
                cells.codes(ReportImportColumn.REGIONAL_APPROACHES),
                cells.parse(ReportImportColumn.PARTICIPANTS, Integer::valueOf, "reports.error.participants"),
                cells.text(ReportImportColumn.COUNTERPART),
                cells.text(ReportImportColumn.SUMMARY),
                cells.text(ReportImportColumn.OUTCOME),
                cells.text(ReportImportColumn.FOLLOW_UP),
                lower(cells.text(ReportImportColumn.LANGUAGE)),
                cells.parse(ReportImportColumn.INITIATIVE, Long::valueOf, "reports.error.unknownInitiative"),
                cells.list(ReportImportColumn.LINKS));
    }

    private @Nullable Long county(Cells cells, @Nullable String stateCode) {
        var name = cells.text(ReportImportColumn.COUNTY);
        if (name == null) {
            return null;
        }
        var id = countiesByState.getOrDefault(stateCode, Map.of()).get(name.toLowerCase(Locale.ROOT));
        if (id == null) {
            problems.add(new ImportViolation(cells.line, "countyId", "reports.error.countyOutsideJurisdiction", name));
        }
        return id;
    }

    private static @Nullable String upper(@Nullable String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static @Nullable String lower(@Nullable String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** The cells of one row, read by column, noting what cannot be read. */
    private final class Cells {

        private final ReportImportTable.Line row;
        private final Map<ReportImportColumn, String> columns;
        private final int line;

        Cells(ReportImportTable.Line row, Map<ReportImportColumn, String> columns) {
            this.row = row;
            this.columns = columns;
            this.line = row.number();
        }

        @Nullable
        String text(ReportImportColumn column) {
            var header = columns.get(column);
            var value = header == null ? null : row.values().get(header);
            if (value == null || value.isBlank()) {
                return null;
            }
            return value.strip();
        }

        <T> @Nullable T parse(ReportImportColumn column, Function<String, T> parser, String messageKey) {
            var value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                problems.add(new ImportViolation(line, column.getField(), messageKey, value));
                return null;
            }
        }

        Set<String> codes(ReportImportColumn column) {
            var values = new LinkedHashSet<String>();
            list(column).forEach(value -> values.add(value.toUpperCase(Locale.ROOT)));
            return values;
        }

        List<String> list(ReportImportColumn column) {
            var value = text(column);
            return value == null
                    ? List.of()
                    : Arrays.stream(value.split(SEPARATORS))
                            .filter(s -> !s.isBlank())
                            .toList();
        }
    }
}
