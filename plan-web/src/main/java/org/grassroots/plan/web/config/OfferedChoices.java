package org.grassroots.plan.web.config;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.plan.core.reference.ReferenceKind;
import org.grassroots.plan.persistence.activity.ReportOption;
import org.grassroots.plan.persistence.reference.InactiveCodes;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The sectors and audiences a form offers, for templates ({@code ${@offeredChoices.codes(options.sectors,
 * 'SECTOR', initiativeForm.sectors)}}): the active ones, and a deactivated one only where the record being edited
 * already has it, so that saving the form does not drop it.
 */
@Component("offeredChoices")
public class OfferedChoices {

    private final InactiveCodes inactive;

    OfferedChoices(InactiveCodes inactive) {
        this.inactive = inactive;
    }

    public List<CodeLabel> codes(List<CodeLabel> all, String kind, @Nullable Collection<String> chosen) {
        return offered(all, CodeLabel::code, kind, chosen);
    }

    public List<ReportOption> options(List<ReportOption> all, String kind, @Nullable Object chosen) {
        Collection<String> codes = chosen instanceof Collection<?> many
                ? many.stream().map(String::valueOf).toList()
                : chosen == null ? List.of() : List.of(String.valueOf(chosen));
        return offered(all, ReportOption::code, kind, codes);
    }

    private <T> List<T> offered(
            List<T> all, Function<T, String> code, String kind, @Nullable Collection<String> chosen) {
        Set<String> hidden = inactive.of(ReferenceKind.valueOf(kind));
        if (hidden.isEmpty()) {
            return all;
        }
        Collection<String> kept = chosen == null ? List.of() : chosen;
        return all.stream()
                .filter(item -> !hidden.contains(code.apply(item)) || kept.contains(code.apply(item)))
                .toList();
    }
}
