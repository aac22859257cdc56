package org.grassroots.plan.web.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.plan.persistence.dashboard.CodeCount;
import org.grassroots.plan.persistence.shared.CodeLabel;

/** Turns counts per code into what the pages draw: values by code, and bars in the order of a reference list. */
final class Figures {

    private Figures() {}

    static Map<String, Long> byCode(List<CodeCount> counts) {
        return counts.stream()
                .filter(count -> count.code() != null)
                .collect(Collectors.toMap(CodeCount::code, CodeCount::count, Long::sum));
    }

    /** One bar per reference value (zero where there is no count), linked by {@code href(code)}. */
    static List<Bar> bars(
            List<CodeLabel> reference, List<CodeCount> counts, Locale locale, Function<String, String> href) {
        var values = byCode(counts);
        long max = reference.stream()
                .mapToLong(ref -> values.getOrDefault(ref.code(), 0L))
                .max()
                .orElse(0);
        return reference.stream()
                .map(ref -> {
                    long value = values.getOrDefault(ref.code(), 0L);
                    return new Bar(
                            ref.code(), ref.label(locale), value, Bar.percent(value, max), href.apply(ref.code()));
                })
                .toList();
    }
}
