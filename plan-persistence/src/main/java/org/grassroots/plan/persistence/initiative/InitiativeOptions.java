package org.grassroots.plan.persistence.initiative;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.plan.persistence.shared.CodeLabel;

/** The reference data an initiative is classified by, as choices for filters and the form. */
public record InitiativeOptions(
        List<Pillar> pillars,
        List<CodeLabel> sectors,
        List<CodeLabel> regionalApproaches,
        List<CodeLabel> interestTiers,
        List<CodeLabel> audiences,
        List<CodeLabel> states,
        List<CodeLabel> missions,
        List<Integer> fiscalYears) {

    /** A pillar of the plan with the leaf priority areas initiatives are classified by. */
    public record Pillar(CodeLabel pillar, List<CodeLabel> areas) {}

    /** Every code of every list with its labels, to show codes a form names as labels. */
    public Map<String, CodeLabel> byCode() {
        return Stream.of(
                        pillars.stream().flatMap(p -> Stream.concat(Stream.of(p.pillar()), p.areas().stream())),
                        sectors.stream(),
                        regionalApproaches.stream(),
                        interestTiers.stream(),
                        audiences.stream(),
                        states.stream(),
                        missions.stream())
                .flatMap(Function.identity())
                .collect(Collectors.toMap(CodeLabel::code, Function.identity(), (a, b) -> a));
    }
}
