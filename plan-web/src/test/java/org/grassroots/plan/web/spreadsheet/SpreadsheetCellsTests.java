package org.grassroots.plan.web.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTests {

    @Test
    void acceptsTheDateFormsPeopleType() {
        assertThat(SpreadsheetCells.date("2026-04-01")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(SpreadsheetCells.date("2026/4/1")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(SpreadsheetCells.date(" 2026-4-1 ")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> SpreadsheetCells.date("1/4/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> SpreadsheetCells.date("2026-02-30")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void readsDateCellsAsIsoDatesWhateverTheirFormatAndOtherCellsAsShown() throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet().createRow(0);
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            var date = row.createCell(0);
            date.setCellValue(LocalDateTime.of(2026, 3, 31, 23, 30));
            date.setCellStyle(style);
            row.createCell(1).setCellValue(" オハイオ州 ");
            row.createCell(2).setCellValue(42);

            assertThat(SpreadsheetCells.text(date)).isEqualTo("2026-03-31");
            assertThat(SpreadsheetCells.text(row.getCell(1))).isEqualTo("オハイオ州");
            assertThat(SpreadsheetCells.text(row.getCell(2))).isEqualTo("42");
            assertThat(SpreadsheetCells.text(row.getCell(3))).isEmpty();
        }
    }
}
