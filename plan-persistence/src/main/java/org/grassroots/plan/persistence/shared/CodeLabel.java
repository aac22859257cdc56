package org.grassroots.plan.persistence.shared;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.plan.core.shared.Localized;
import org.jspecify.annotations.Nullable;

/** A coded reference value with its Japanese and English labels, as read models show it. */
public record CodeLabel(String code, String labelJa, String labelEn) implements Localized {

    public static final String FIELD_SEPARATOR = "\u001f";
    public static final String ITEM_SEPARATOR = "\u001e";

    /**
     * SQL that aggregates {@code code}, {@code ja} and {@code en} of the matching rows into one text, ordered,
     * read back with {@link #parseAll(String)}: one column per list instead of one query per row.
     */
    public static String aggregate(String code, String ja, String en, String orderBy) {
        return "string_agg(" + code + " || chr(31) || " + ja + " || chr(31) || " + en + ", chr(30) ORDER BY " + orderBy
                + ")";
    }

    public static List<CodeLabel> parseAll(@Nullable String aggregated) {
        if (aggregated == null || aggregated.isEmpty()) {
            return List.of();
        }
        List<CodeLabel> labels = new ArrayList<>();
        for (String item : aggregated.split(ITEM_SEPARATOR)) {
            String[] parts = item.split(FIELD_SEPARATOR, 3);
            labels.add(new CodeLabel(parts[0], parts[1], parts[2]));
        }
        return List.copyOf(labels);
    }

    public static @Nullable CodeLabel of(@Nullable String code, @Nullable String labelJa, @Nullable String labelEn) {
        return code == null
                ? null
                : new CodeLabel(code, labelJa == null ? code : labelJa, labelEn == null ? code : labelEn);
    }
}
