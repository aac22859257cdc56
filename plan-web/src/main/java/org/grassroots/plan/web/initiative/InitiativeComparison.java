package org.grassroots.plan.web.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.grassroots.plan.core.shared.FieldChange;
import org.grassroots.plan.persistence.initiative.HistoryItem;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;

/**
 * Compares two versions of an initiative's form field by field, in the same terms as the change history, so that
 * an editor whose save collided with a colleague's sees each field where the stored values (theirs) differ from
 * what they typed (yours).
 */
final class InitiativeComparison {

    private InitiativeComparison() {}

    static List<FieldChange<List<HistoryItem>>> differences(
            InitiativeForm theirs, InitiativeForm yours, Map<String, CodeLabel> labels) {
        var before = values(theirs, labels);
        var after = values(yours, labels);
        List<FieldChange<List<HistoryItem>>> changes = new ArrayList<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                changes.add(new FieldChange<>(field, value, after.get(field)));
            }
        });
        return changes;
    }

    static Map<String, List<HistoryItem>> values(InitiativeForm form, Map<String, CodeLabel> labels) {
        Map<String, List<HistoryItem>> values = new LinkedHashMap<>();
        values.put("titleJa", text(form.getTitleJa()));
        values.put("titleEn", text(form.getTitleEn()));
        values.put("summaryJa", text(form.getSummaryJa()));
        values.put("summaryEn", text(form.getSummaryEn()));
        values.put(
                "status",
                form.getStatus() == null
                        ? List.of()
                        : List.of(HistoryItem.key(
                                "initiative.status." + form.getStatus().name())));
        values.put("startDate", date(form.getStartDate()));
        values.put("endDate", date(form.getEndDate()));
        values.put(
                "fiscalYear",
                form.getFiscalYear() == null ? List.of() : List.of(HistoryItem.fiscalYear(form.getFiscalYear())));
        values.put("nationwide", List.of(HistoryItem.key(form.isNationwide() ? "initiative.yes" : "initiative.no")));
        values.put(
                "leadMission",
                codes(form.getLeadMission() == null ? List.of() : List.of(form.getLeadMission()), labels));
        values.put(
                "interestTier",
                codes(form.getInterestTier() == null ? List.of() : List.of(form.getInterestTier()), labels));
        values.put("priorityAreas", codes(form.getPriorityAreas(), labels));
        values.put("sectors", codes(form.getSectors(), labels));
        values.put("regionalApproaches", codes(form.getRegionalApproaches(), labels));
        values.put("audiences", codes(form.getAudiences(), labels));
        values.put("states", codes(form.getStates(), labels));
        values.put(
                "partners",
                form.getPartners().stream()
                        .filter(row -> row != null && !row.isBlank())
                        .map(row -> new HistoryItem(
                                nonNull(row.getName()),
                                nonNull(row.getName()),
                                row.getKind() == null
                                        ? null
                                        : "initiative.partnerKind."
                                                + row.getKind().name()))
                        .toList());
        values.put(
                "targets",
                form.getTargets().stream()
                        .filter(row -> row != null && !row.isBlank())
                        .map(row -> HistoryItem.target(row.toFigures()))
                        .toList());
        return values;
    }

    private static List<HistoryItem> codes(List<String> codes, Map<String, CodeLabel> labels) {
        return codes.stream()
                .distinct()
                .sorted()
                .map(code -> {
                    CodeLabel label = labels.get(code);
                    return label == null
                            ? new HistoryItem(code, code, null)
                            : new HistoryItem(label.labelJa(), label.labelEn(), null);
                })
                .toList();
    }

    private static List<HistoryItem> text(@Nullable String text) {
        return text == null || text.isBlank() ? List.of() : List.of(HistoryItem.text(text));
    }

    private static List<HistoryItem> date(@Nullable LocalDate date) {
        return date == null ? List.of() : List.of(HistoryItem.date(date));
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}
