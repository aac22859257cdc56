package org.grassroots.plan.web.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.plan.persistence.export.ProgressFigures;
import org.grassroots.plan.web.dashboard.UsMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The progress summary as PDF, from the template {@code exports/pdf/progress}: headline figures, priority areas,
 * states (the map of accepted reports per state, and a table of the states with accepted reports), initiatives with targets against actuals
 * and the notable accepted reports; the period and date of issue on top, page numbers at the foot of every page.
 */
@Component
class ProgressPdf {

    private final ProgressSummaries summaries;
    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final UsMap map;

    ProgressPdf(ProgressSummaries summaries, PdfRenderer renderer, MessageSource messages, UsMap map) {
        this.summaries = summaries;
        this.renderer = renderer;
        this.messages = messages;
        this.map = map;
    }

    byte[] render(ExportScope scope) {
        return render(summaries.summary(scope));
    }

    byte[] render(ProgressSummary summary) {
        var text = new ExportText(messages, summary.scope().language());
        List<ProgressFigures.Count> states = summary.figures().byState();
        List<ProgressFigures.Count> active =
                states.stream().filter(c -> c.acceptedReports() > 0).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put("s", summary);
        variables.put("t", text);
        variables.put("filters", filters(summary.scope()));
        variables.put(
                "maxArea",
                summary.figures().byArea().stream()
                        .mapToLong(ProgressFigures.Count::acceptedReports)
                        .max()
                        .orElse(0));
        variables.put(
                "map",
                map.print(states.stream()
                        .collect(Collectors.toMap(c -> c.item().code(), ProgressFigures.Count::acceptedReports))));
        variables.put("activeStates", active);
        variables.put("quietStates", states.size() - active.size());
        return renderer.render("exports/pdf/progress", summary.scope().language(), variables);
    }

    private static String filters(ExportScope scope) {
        var f = scope.filter();
        return Stream.of(
                        f.areas(),
                        f.missions(),
                        f.states(),
                        f.planRevision() == null ? List.<String>of() : List.of(f.planRevision()))
                .filter(codes -> !codes.isEmpty())
                .map(codes -> String.join(", ", codes))
                .collect(Collectors.joining(" / "));
    }
}
