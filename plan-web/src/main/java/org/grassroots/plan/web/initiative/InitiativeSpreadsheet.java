package org.grassroots.plan.web.initiative;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.persistence.initiative.InitiativeExportRow;
import org.grassroots.plan.persistence.initiative.InitiativeOptions;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.grassroots.plan.web.spreadsheet.SpreadsheetCells;
import org.jspecify.annotations.Nullable;

/**
 * Writes initiatives to an XLSX workbook (sheet "initiatives" plus a "codes" sheet whose lists feed the drop-downs
 * of the single-valued coded columns) and reads such a workbook back as rows of cell texts by column.
 */
final class InitiativeSpreadsheet {

    static final String DATA_SHEET = "initiatives";
    static final String CODES_SHEET = "codes";
    static final int MAX_UPLOAD_ROWS = 2_000;
    private static final String SEPARATOR = ";";

    /** A line of an uploaded sheet: its number as Excel shows it and its cell texts (blank cells absent). */
    record SheetRow(int number, Map<SheetColumn, String> cells) {

        @Nullable
        String get(SheetColumn column) {
            return cells.get(column);
        }
    }

    private InitiativeSpreadsheet() {}

    static void write(List<InitiativeExportRow> rows, InitiativeOptions options, Locale locale, OutputStream out)
            throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(DATA_SHEET);
            Row header = sheet.createRow(0);
            for (SheetColumn column : SheetColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            Map<String, CodeLabel> labels = options.byCode();
            for (int i = 0; i < rows.size(); i++) {
                writeRow(sheet.createRow(i + 1), rows.get(i), labels, locale);
            }
            writeCodes(workbook, options, locale);
            int lastRow = Math.max(rows.size(), 1) + 500;
            dropDown(sheet, SheetColumn.STATUS, "codes!$A$2:$A$" + (InitiativeStatus.values().length + 1), lastRow);
            dropDown(sheet, SheetColumn.NATIONWIDE, "codes!$B$2:$B$3", lastRow);
            dropDown(
                    sheet,
                    SheetColumn.LEAD_MISSION,
                    "codes!$C$2:$C$" + (options.missions().size() + 1),
                    lastRow);
            dropDown(
                    sheet,
                    SheetColumn.INTEREST_TIER,
                    "codes!$E$2:$E$" + (options.interestTiers().size() + 1),
                    lastRow);
            sheet.createFreezePane(2, 1);
            workbook.write(out);
        }
    }

    private static void writeRow(Row row, InitiativeExportRow r, Map<String, CodeLabel> labels, Locale locale) {
        set(row, SheetColumn.ID, Long.toString(r.id()));
        set(row, SheetColumn.VERSION, Long.toString(r.version()));
        set(row, SheetColumn.TITLE_JA, r.titleJa());
        set(row, SheetColumn.TITLE_EN, r.titleEn());
        set(row, SheetColumn.SUMMARY_JA, r.summaryJa());
        set(row, SheetColumn.SUMMARY_EN, r.summaryEn());
        set(row, SheetColumn.STATUS, r.status().name());
        set(row, SheetColumn.FISCAL_YEAR, Integer.toString(r.fiscalYear()));
        set(
                row,
                SheetColumn.START_DATE,
                r.startDate() == null ? null : r.startDate().toString());
        set(row, SheetColumn.END_DATE, r.endDate() == null ? null : r.endDate().toString());
        set(row, SheetColumn.NATIONWIDE, r.nationwide() ? "TRUE" : "FALSE");
        set(row, SheetColumn.LEAD_MISSION, r.leadMission());
        set(row, SheetColumn.INTEREST_TIER, r.interestTier());
        set(row, SheetColumn.PRIORITY_AREAS, String.join(SEPARATOR, r.priorityAreas()));
        set(row, SheetColumn.SECTORS, String.join(SEPARATOR, r.sectors()));
        set(row, SheetColumn.REGIONAL_APPROACHES, String.join(SEPARATOR, r.regionalApproaches()));
        set(row, SheetColumn.AUDIENCES, String.join(SEPARATOR, r.audiences()));
        set(row, SheetColumn.STATES, String.join(SEPARATOR, r.states()));
        Function<String, String> label =
                code -> labels.containsKey(code) ? labels.get(code).label(locale) : code;
        set(row, SheetColumn.LEAD_MISSION_LABEL, r.leadMission() == null ? null : label.apply(r.leadMission()));
        set(
                row,
                SheetColumn.PRIORITY_AREAS_LABEL,
                String.join(SEPARATOR, r.priorityAreas().stream().map(label).toList()));
        set(
                row,
                SheetColumn.STATES_LABEL,
                String.join(SEPARATOR, r.states().stream().map(label).toList()));
    }

    /** The code lists, each as a code column followed by its label column. */
    private static void writeCodes(Workbook workbook, InitiativeOptions options, Locale locale) {
        Sheet codes = workbook.createSheet(CODES_SHEET);
        List<List<String>> columns = new ArrayList<>();
        columns.add(prepend(
                "status",
                Arrays.stream(InitiativeStatus.values()).map(Enum::name).toList()));
        columns.add(prepend("nationwide", List.of("TRUE", "FALSE")));
        addCoded(columns, "lead_mission", options.missions(), locale);
        addCoded(columns, "interest_tier", options.interestTiers(), locale);
        addCoded(
                columns,
                "priority_areas",
                options.pillars().stream().flatMap(p -> p.areas().stream()).toList(),
                locale);
        addCoded(columns, "sectors", options.sectors(), locale);
        addCoded(columns, "regional_approaches", options.regionalApproaches(), locale);
        addCoded(columns, "audiences", options.audiences(), locale);
        addCoded(columns, "states", options.states(), locale);
        int rows = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < rows; r++) {
            Row row = codes.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                if (r < columns.get(c).size()) {
                    row.createCell(c).setCellValue(columns.get(c).get(r));
                }
            }
        }
    }

    private static void addCoded(List<List<String>> columns, String name, List<CodeLabel> items, Locale locale) {
        columns.add(prepend(name, items.stream().map(CodeLabel::code).toList()));
        columns.add(prepend(
                name + "_label", items.stream().map(item -> item.label(locale)).toList()));
    }

    private static List<String> prepend(String header, List<String> values) {
        List<String> column = new ArrayList<>();
        column.add(header);
        column.addAll(values);
        return column;
    }

    private static void dropDown(Sheet sheet, SheetColumn column, String range, int lastRow) {
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createFormulaListConstraint(range);
        var validation = helper.createValidation(
                constraint, new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static void set(Row row, SheetColumn column, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column.ordinal()).setCellValue(value);
        }
    }

    /** Reads the data sheet; fails with {@link UnreadableSpreadsheetException} when it is not one of ours. */
    static List<SheetRow> read(InputStream in) {
        try (var workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(DATA_SHEET);
            if (sheet == null || sheet.getRow(0) == null) {
                throw new UnreadableSpreadsheetException("initiative.import.error.noSheet");
            }
            Map<Integer, SheetColumn> columns = new HashMap<>();
            for (Cell cell : sheet.getRow(0)) {
                SheetColumn column = SheetColumn.byHeader(SpreadsheetCells.text(cell));
                if (column != null) {
                    columns.put(cell.getColumnIndex(), column);
                }
            }
            if (!columns.containsValue(SheetColumn.ID) || !columns.containsValue(SheetColumn.TITLE_JA)) {
                throw new UnreadableSpreadsheetException("initiative.import.error.noSheet");
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
                for (Cell cell : row) {
                    SheetColumn column = columns.get(cell.getColumnIndex());
                    String value = SpreadsheetCells.text(cell);
                    if (column != null && column.field() != null || column == SheetColumn.ID) {
                        if (!value.isEmpty()) {
                            cells.put(column, value);
                        }
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            if (rows.size() > MAX_UPLOAD_ROWS) {
                throw new UnreadableSpreadsheetException("initiative.import.error.tooManyRows");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableSpreadsheetException unreadable) {
                throw unreadable;
            }
            throw new UnreadableSpreadsheetException("initiative.import.error.unreadable");
        }
    }

    static List<String> codes(@Nullable String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;,、\\s]+"))
                .filter(code -> !code.isEmpty())
                .toList();
    }
}
