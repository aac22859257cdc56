package org.grassroots.plan.web.initiative;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.web.initiative.InitiativeSpreadsheet.SheetRow;
import org.grassroots.plan.web.spreadsheet.SpreadsheetCells;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Reads a spreadsheet line into the initiative form: numbers, dates, the status and the yes/no column as a person
 * types them in Excel (either language). A cell it cannot read is an error of its column, in the user's language.
 */
class InitiativeSheetLineReader {

    private final MessageSource messages;

    InitiativeSheetLineReader(MessageSource messages) {
        this.messages = messages;
    }

    void fill(InitiativeForm form, SheetRow row, Map<SheetColumn, String> errors, Locale locale) {
        if (row.get(SheetColumn.ID) != null) {
            var version = parseLong(row.get(SheetColumn.VERSION));
            form.setVersion(version.orElse(null));
            if (version.isEmpty()) {
                errors.put(SheetColumn.VERSION, message("initiative.import.error.version", locale));
            }
        }
        form.setTitleJa(row.get(SheetColumn.TITLE_JA));
        form.setTitleEn(row.get(SheetColumn.TITLE_EN));
        form.setSummaryJa(row.get(SheetColumn.SUMMARY_JA));
        form.setSummaryEn(row.get(SheetColumn.SUMMARY_EN));
        String status = row.get(SheetColumn.STATUS);
        try {
            form.setStatus(status == null ? null : InitiativeStatus.valueOf(status.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.put(SheetColumn.STATUS, message("initiative.import.error.status", locale));
        }
        String year = row.get(SheetColumn.FISCAL_YEAR);
        var fiscalYear = parseLong(year);
        form.setFiscalYear(fiscalYear.map(Long::intValue).orElse(null));
        if (year != null && fiscalYear.isEmpty()) {
            errors.put(SheetColumn.FISCAL_YEAR, message("typeMismatch.initiativeForm.fiscalYear", locale));
        }
        form.setStartDate(date(row, SheetColumn.START_DATE, "typeMismatch.initiativeForm.startDate", errors, locale));
        form.setEndDate(date(row, SheetColumn.END_DATE, "typeMismatch.initiativeForm.endDate", errors, locale));
        String nationwide = row.get(SheetColumn.NATIONWIDE);
        if (nationwide == null || List.of("FALSE", "0", "いいえ", "NO").contains(nationwide.toUpperCase(Locale.ROOT))) {
            form.setNationwide(false);
        } else if (List.of("TRUE", "1", "はい", "YES").contains(nationwide.toUpperCase(Locale.ROOT))) {
            form.setNationwide(true);
        } else {
            errors.put(SheetColumn.NATIONWIDE, message("initiative.import.error.nationwide", locale));
        }
        form.setLeadMission(row.get(SheetColumn.LEAD_MISSION));
        form.setInterestTier(row.get(SheetColumn.INTEREST_TIER));
        form.setPriorityAreas(new ArrayList<>(InitiativeSpreadsheet.codes(row.get(SheetColumn.PRIORITY_AREAS))));
        form.setSectors(new ArrayList<>(InitiativeSpreadsheet.codes(row.get(SheetColumn.SECTORS))));
        form.setRegionalApproaches(
                new ArrayList<>(InitiativeSpreadsheet.codes(row.get(SheetColumn.REGIONAL_APPROACHES))));
        form.setAudiences(new ArrayList<>(InitiativeSpreadsheet.codes(row.get(SheetColumn.AUDIENCES))));
        form.setStates(new ArrayList<>(InitiativeSpreadsheet.codes(row.get(SheetColumn.STATES))));
    }

    private @Nullable LocalDate date(
            SheetRow row, SheetColumn column, String errorKey, Map<SheetColumn, String> errors, Locale locale) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return SpreadsheetCells.date(text);
        } catch (DateTimeParseException e) {
            errors.put(column, message(errorKey, locale));
            return null;
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static Optional<Long> parseLong(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.replace(",", "").trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
