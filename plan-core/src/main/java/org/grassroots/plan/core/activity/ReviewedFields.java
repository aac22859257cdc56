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
        var activity = report.getActivity();
        var fields = new LinkedHashMap<String, String>();
        fields.put(
                "state",
                report.getState() == null
                        ? ReportContent.NATIONAL
                        : report.getState().getCode());
        fields.put(
                "county",
                text(activity.getCounty() == null ? null : activity.getCounty().getName()));
        fields.put("city", text(activity.getCity()));
        fields.put("activityDate", activity.getActivityDate().toString());
        fields.put("activityType", activity.getActivityType().name());
        fields.put("priorityAreas", codes(activity.getPriorityAreas(), area -> area.getCode()));
        fields.put("sectors", codes(activity.getSectors(), sector -> sector.getCode()));
        fields.put(
                "audience",
                text(
                        activity.getAudience() == null
                                ? null
                                : activity.getAudience().getCode()));
        fields.put(
                "interestTier",
                text(
                        activity.getInterestTier() == null
                                ? null
                                : activity.getInterestTier().getCode()));
        fields.put("regionalApproaches", codes(activity.getRegionalApproaches(), approach -> approach.getCode()));
        fields.put(
                "participants",
                text(
                        activity.getParticipants() == null
                                ? null
                                : activity.getParticipants().toString()));
        fields.put("counterpart", text(activity.getCounterpart()));
        fields.put("summary", activity.getSummary());
        fields.put("outcome", text(activity.getOutcome()));
        fields.put("followUp", text(activity.getFollowUp()));
        fields.put("language", activity.getLanguage());
        fields.put(
                "initiative",
                text(
                        activity.getInitiative() == null
                                ? null
                                : String.valueOf(activity.getInitiative().getId())));
        fields.put("links", String.join("\n", activity.getLinks()));
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
