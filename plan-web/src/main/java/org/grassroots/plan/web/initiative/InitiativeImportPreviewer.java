package org.grassroots.plan.web.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.plan.persistence.initiative.InitiativeExportQueries;
import org.grassroots.plan.persistence.initiative.InitiativeExportRow;
import org.grassroots.plan.persistence.initiative.InitiativeOptions;
import org.grassroots.plan.persistence.initiative.InitiativeOptionsQueries;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.grassroots.plan.web.initiative.ImportPreview.CellError;
import org.grassroots.plan.web.initiative.ImportPreview.Kind;
import org.grassroots.plan.web.initiative.ImportPreview.Line;
import org.grassroots.plan.web.initiative.InitiativeSpreadsheet.SheetRow;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks each line of an uploaded spreadsheet as the form would (same rules, same messages), compares it with the
 * stored initiative and classifies it: new, changed (field by field), unchanged, conflict (the stored version is
 * newer than the one in the file) or error (by column). Reads the stored initiatives in one statement.
 */
@Component
class InitiativeImportPreviewer {

    private final InitiativeExportQueries stored;
    private final InitiativeOptionsQueries options;
    private final SpringValidatorAdapter beanValidation;
    private final MessageSource messages;
    private final InitiativeSheetLineReader lineReader;

    private final Clock clock;

    InitiativeImportPreviewer(
            InitiativeExportQueries stored,
            InitiativeOptionsQueries options,
            jakarta.validation.Validator validator,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.stored = stored;
        this.options = options;
        this.beanValidation = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.lineReader = new InitiativeSheetLineReader(messages);
    }

    ImportPreview preview(List<SheetRow> rows, Locale locale) {
        InitiativeOptions choices = options.options();
        Map<String, CodeLabel> labels = choices.byCode();
        Set<Long> ids = new HashSet<>();
        rows.forEach(row ->
                InitiativeSheetLineReader.parseLong(row.get(SheetColumn.ID)).ifPresent(ids::add));
        Map<Long, InitiativeExportRow> current =
                stored.byIds(ids).stream().collect(Collectors.toMap(InitiativeExportRow::id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (SheetRow row : rows) {
            lines.add(line(row, current, seen, choices, labels, locale));
        }
        return new ImportPreview(lines);
    }

    private Line line(
            SheetRow row,
            Map<Long, InitiativeExportRow> current,
            Set<Long> seen,
            InitiativeOptions choices,
            Map<String, CodeLabel> labels,
            Locale locale) {
        Map<SheetColumn, String> errors = new LinkedHashMap<>();
        Long id = null;
        InitiativeExportRow existing = null;
        if (row.get(SheetColumn.ID) != null) {
            id = InitiativeSheetLineReader.parseLong(row.get(SheetColumn.ID)).orElse(null);
            existing = id == null ? null : current.get(id);
            if (existing == null) {
                errors.put(SheetColumn.ID, message("initiative.import.error.unknownId", locale));
            } else if (existing.archived()) {
                errors.put(SheetColumn.ID, message("initiative.import.error.archived", locale));
            } else if (!seen.add(id)) {
                errors.put(SheetColumn.ID, message("initiative.import.error.duplicateId", locale));
            }
        }
        InitiativeForm form =
                existing == null ? InitiativeForm.forImport(LocalDate.now(clock)) : InitiativeFormMapping.of(existing);
        lineReader.fill(form, row, errors, locale);
        validate(form, errors, locale);
        checkCodes(form, choices, errors, locale);
        var before =
                existing == null ? InitiativeForm.forImport(LocalDate.now(clock)) : InitiativeFormMapping.of(existing);
        if (existing == null) {
            before.setStatus(null);
            before.setFiscalYear(null);
        }
        var changes = InitiativeComparison.differences(before, form, labels);
        Kind kind;
        if (!errors.isEmpty()) {
            kind = Kind.ERROR;
        } else if (existing == null) {
            kind = Kind.NEW;
        } else if (form.getVersion() == null || form.getVersion() != existing.version()) {
            kind = Kind.CONFLICT;
        } else {
            kind = changes.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED;
        }
        String title = "ja".equals(locale.getLanguage())
                ? firstNonBlank(form.getTitleJa(), form.getTitleEn())
                : firstNonBlank(form.getTitleEn(), form.getTitleJa());
        List<CellError> cellErrors = errors.entrySet().stream()
                .map(e -> new CellError(e.getKey().header(), e.getValue()))
                .toList();
        return new Line(row.number(), existing == null ? null : id, kind, title, changes, cellErrors, form);
    }

    private void validate(InitiativeForm form, Map<SheetColumn, String> errors, Locale locale) {
        var result = new BeanPropertyBindingResult(form, "initiativeForm");
        beanValidation.validate(form, result);
        new InitiativeFormValidator().validate(form, result);
        for (var error : result.getFieldErrors()) {
            SheetColumn column = SheetColumn.byField(error.getField());
            if (column != null) {
                errors.putIfAbsent(column, messages.getMessage(error, locale));
            }
        }
    }

    private void checkCodes(
            InitiativeForm form, InitiativeOptions choices, Map<SheetColumn, String> errors, Locale locale) {
        check(
                SheetColumn.PRIORITY_AREAS,
                form.getPriorityAreas(),
                choices.pillars().stream().flatMap(p -> p.areas().stream()).toList(),
                errors,
                locale);
        check(SheetColumn.SECTORS, form.getSectors(), choices.sectors(), errors, locale);
        check(
                SheetColumn.REGIONAL_APPROACHES,
                form.getRegionalApproaches(),
                choices.regionalApproaches(),
                errors,
                locale);
        check(SheetColumn.AUDIENCES, form.getAudiences(), choices.audiences(), errors, locale);
        check(SheetColumn.STATES, form.getStates(), choices.states(), errors, locale);
        check(SheetColumn.LEAD_MISSION, optional(form.getLeadMission()), choices.missions(), errors, locale);
        check(SheetColumn.INTEREST_TIER, optional(form.getInterestTier()), choices.interestTiers(), errors, locale);
    }

    private void check(
            SheetColumn column,
            List<String> codes,
            List<CodeLabel> allowed,
            Map<SheetColumn, String> errors,
            Locale locale) {
        Set<String> known = allowed.stream().map(CodeLabel::code).collect(Collectors.toSet());
        List<String> unknown =
                codes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            errors.putIfAbsent(
                    column,
                    messages.getMessage(
                            "initiative.error.unknownCode", new Object[] {String.join(", ", unknown)}, locale));
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static List<String> optional(@Nullable String code) {
        return code == null ? List.of() : List.of(code);
    }

    private static String firstNonBlank(@Nullable String first, @Nullable String second) {
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }
}
