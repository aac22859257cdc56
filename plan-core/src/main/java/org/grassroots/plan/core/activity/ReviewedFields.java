package org.grassroots.plan.core.activity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.plan.core.shared.FieldChange;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a report a reviewer looks at, flattened to text (codes for reference data, ISO dates), in form
 * order. A snapshot of them is kept when a report is returned, so that the changes since can be shown.
 */
final class ReviewedFields {

    private ReviewedFields() {}

    static Map<String, String> of(ActivityReport report) {
        var fields = new LinkedHashMap<String, String>();
        fields.put(
                "state",
                report.getState() == null
                        ? ReportContent.NATIONAL
                        : report.getState().getCode());
        fields.put(
                "county",
                text(report.getCounty() == null ? null : report.getCounty().getName()));
        fields.put("city", text(report.getCity()));
        fields.put("activityDate", report.getActivityDate().toString());
        fields.put("activityType", report.getActivityType().name());
        fields.put("priorityAreas", codes(report.getPriorityAreas(), area -> area.getCode()));
        fields.put("sectors", codes(report.getSectors(), sector -> sector.getCode()));
        fields.put(
                "audience",
                text(report.getAudience() == null ? null : report.getAudience().getCode()));
        fields.put(
                "interestTier",
                text(
                        report.getInterestTier() == null
                                ? null
                                : report.getInterestTier().getCode()));
        fields.put("regionalApproaches", codes(report.getRegionalApproaches(), approach -> approach.getCode()));
        fields.put(
                "participants",
                text(
                        report.getParticipants() == null
                                ? null
                                : report.getParticipants().toString()));
        fields.put("counterpart", text(report.getCounterpart()));
        fields.put("summary", report.getSummary());
        fields.put("outcome", text(report.getOutcome()));
        fields.put("followUp", text(report.getFollowUp()));
        fields.put("language", report.getLanguage());
        fields.put(
                "initiative",
                text(
                        report.getInitiative() == null
                                ? null
                                : String.valueOf(report.getInitiative().getId())));
        fields.put("links", String.join("\n", report.getLinks()));
        return fields;
    }

    static java.util.List<FieldChange<String>> changes(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream()
                .filter(entry -> !Objects.equals(before.getOrDefault(entry.getKey(), ""), entry.getValue()))
                .map(entry ->
                        new FieldChange<>(entry.getKey(), before.getOrDefault(entry.getKey(), ""), entry.getValue()))
                .toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static <T> String codes(Collection<T> values, Function<T, String> code) {
        return values.stream().map(code).sorted().collect(Collectors.joining(", "));
    }
}
