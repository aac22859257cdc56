package org.grassroots.plan.persistence.export;

import java.util.List;
import org.grassroots.plan.persistence.shared.CodeLabel;

/** The figures of a progress summary: counted from accepted reports of the period and the filter's initiatives. */
public record ProgressFigures(Headline headline, List<Count> byArea, List<Count> byState) {

    /** The headline: accepted reports, their participants, states and missions reached, initiatives. */
    public record Headline(
            long acceptedReports,
            long participants,
            long statesReached,
            long missionsReporting,
            long initiatives,
            long activeInitiatives) {}

    /** Accepted reports and their participants for one priority area or state (zero rows included). */
    public record Count(CodeLabel item, long acceptedReports, long participants) {}
}
