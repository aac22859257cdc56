package org.grassroots.plan.web.activity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.plan.core.shared.FieldChange;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.activity.ReportOption;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the codes in a report's changed fields (states, priority areas, sectors, types...) into labels in the
 * reader's language, so the reviewer reads "Energy" rather than "ENERGY".
 */
@Component
class ReportChangeLabels {

    private final ReportFormOptions options;
    private final MessageSource messages;

    ReportChangeLabels(ReportFormOptions options, MessageSource messages) {
        this.options = options;
        this.messages = messages;
    }

    List<FieldChange<String>> label(List<FieldChange<String>> changes, Locale locale) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Map<String, Function<String, String>> labellers = Map.of(
                "state", byCode(options.states(), locale),
                "priorityAreas", byCode(options.leafPriorityAreas(), locale),
                "sectors", byCode(options.sectors(), locale),
                "regionalApproaches", byCode(options.regionalApproaches(), locale),
                "audience", byCode(options.audiences(), locale),
                "interestTier", byCode(options.interestTiers(), locale),
                "activityType", code -> messages.getMessage("reports.type." + code, null, code, locale),
                "language", code -> messages.getMessage("reports.language." + code, null, code, locale));
        return changes.stream()
                .map(change -> {
                    var labeller = labellers.getOrDefault(change.field(), Function.identity());
                    return new FieldChange<>(
                            change.field(), labelAll(change.before(), labeller), labelAll(change.after(), labeller));
                })
                .toList();
    }

    private static String labelAll(String codes, Function<String, String> labeller) {
        if (codes.isEmpty()) {
            return codes;
        }
        return Arrays.stream(codes.split(", ")).map(labeller).collect(Collectors.joining(", "));
    }

    private static Function<String, String> byCode(List<ReportOption> choices, Locale locale) {
        var labels = choices.stream().collect(Collectors.toMap(ReportOption::code, choice -> choice.label(locale)));
        return code -> labels.getOrDefault(code, code);
    }
}
