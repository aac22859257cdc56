package org.grassroots.plan.web.initiative;

import java.math.BigDecimal;
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
                        : List.of(key("initiative.status." + form.getStatus().name())));
        values.put("startDate", date(form.getStartDate()));
        values.put("endDate", date(form.getEndDate()));
        values.put(
                "fiscalYear",
                text(form.getFiscalYear() == null ? null : form.getFiscalYear().toString()));
        values.put("nationwide", List.of(key(form.isNationwide() ? "initiative.yes" : "initiative.no")));
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
                        .map(InitiativeComparison::target)
                        .toList());
        return values;
    }

    private static HistoryItem target(TargetRow row) {
        String figures = ": " + plain(row.getActualValue()) + " / " + plain(row.getTargetValue())
                + (row.getUnit() == null ? "" : " " + row.getUnit());
        String ja = row.getIndicatorJa() != null ? row.getIndicatorJa() : nonNull(row.getIndicatorEn());
        String en = row.getIndicatorEn() != null ? row.getIndicatorEn() : nonNull(row.getIndicatorJa());
        return new HistoryItem(ja + figures, en + figures, null);
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
        return text == null || text.isBlank() ? List.of() : List.of(new HistoryItem(text, text, null));
    }

    private static List<HistoryItem> date(@Nullable LocalDate date) {
        return date == null ? List.of() : text(date.toString());
    }

    private static HistoryItem key(String messageKey) {
        return new HistoryItem("", "", messageKey);
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}
