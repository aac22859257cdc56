package org.grassroots.plan.web.activity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.plan.web.spreadsheet.SpreadsheetCells;

/**
 * An uploaded import file as a table: its header names and its rows, each numbered as a spreadsheet numbers it
 * (the header is row 1). Reads XLSX (the first sheet) and CSV (UTF-8 with or without a byte-order mark, or
 * Shift_JIS as Excel in Japan saves it).
 */
record ReportImportTable(List<String> headers, List<Line> lines) {

    /** One data row: its number and its values by header. */
    record Line(int number, Map<String, String> values) {}

    static ReportImportTable read(byte[] bytes) throws IOException {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        return zip ? fromXlsx(bytes) : fromCsv(bytes);
    }

    private static ReportImportTable fromCsv(byte[] bytes) throws IOException {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (var parser = format.parse(new StringReader(decode(bytes)))) {
            var lines = new ArrayList<Line>();
            var headers = parser.getHeaderNames();
            for (var record : parser) {
                var values = new HashMap<String, String>();
                headers.stream().filter(record::isSet).forEach(header -> values.put(header, record.get(header)));
                lines.add(new Line((int) record.getRecordNumber() + 1, values));
            }
            return new ReportImportTable(List.copyOf(headers), lines);
        }
    }

    private static ReportImportTable fromXlsx(byte[] bytes) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            var headers = new ArrayList<String>();
            if (headerRow != null) {
                for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                    headers.add(SpreadsheetCells.text(headerRow.getCell(c)));
                }
            }
            var lines = new ArrayList<Line>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                var values = new HashMap<String, String>();
                for (int c = 0; c < headers.size(); c++) {
                    var value = SpreadsheetCells.text(row.getCell(c));
                    if (!value.isBlank()) {
                        values.put(headers.get(c), value);
                    }
                }
                if (!values.isEmpty()) {
                    lines.add(new Line(r + 1, values));
                }
            }
            return new ReportImportTable(headers, lines);
        }
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-31j")
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        }
    }
}
