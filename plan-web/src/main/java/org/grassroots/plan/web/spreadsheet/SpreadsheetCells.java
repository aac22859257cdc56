package org.grassroots.plan.web.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * How every import reads a cell and a date: date cells become ISO dates whatever their display format (no time
 * zone involved), other cells their displayed text; typed dates are accepted as {@code 2026-04-01},
 * {@code 2026/4/1} or {@code 2026-4-1}.
 */
public final class SpreadsheetCells {

    private static final List<DateTimeFormatter> DATE_FORMATS =
            List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("uuuu/M/d"), strict("uuuu-M-d"));

    private SpreadsheetCells() {}

    /** No 30 February turned into the 28th. */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The cell's text, stripped; an empty string for a missing cell. */
    public static String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return new DataFormatter(Locale.ROOT).formatCellValue(cell).strip();
    }

    /**
     * A date as a person types it into a file.
     *
     * @throws DateTimeParseException if it is in none of the accepted forms
     */
    public static LocalDate date(String text) {
        var value = text.strip();
        for (var format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        throw new DateTimeParseException("Not a date: " + value, value, 0);
    }
}
