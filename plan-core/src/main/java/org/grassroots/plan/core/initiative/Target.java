package org.grassroots.plan.core.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A measurable target of an initiative: an indicator and its unit in either language or both, the value aimed at
 * and the value reached so far.
 */
@Embeddable
public record Target(
        @Column(name = "indicator_ja") @Nullable String indicatorJa,
        @Column(name = "indicator_en") @Nullable String indicatorEn,
        @Column(name = "unit_ja") @Nullable String unitJa,
        @Column(name = "unit_en") @Nullable String unitEn,
        @Column(name = "target_value", nullable = false) BigDecimal targetValue,
        @Column(name = "actual_value") @Nullable BigDecimal actualValue) {

    public Target {
        if (isBlank(indicatorJa) && isBlank(indicatorEn)) {
            throw new IllegalArgumentException("A target needs an indicator in at least one language");
        }
        if (targetValue == null || targetValue.signum() < 0 || (actualValue != null && actualValue.signum() < 0)) {
            throw new IllegalArgumentException("Target and actual values must not be negative");
        }
    }

    /** Progress towards the target in percent, or null when nothing is measured yet or the target is zero. */
    public @Nullable Integer progressPercent() {
        return progressPercent(targetValue, actualValue);
    }

    /** The actual as a percentage of the target, rounded; null when nothing is measured or the target is zero. */
    public static @Nullable Integer progressPercent(BigDecimal targetValue, @Nullable BigDecimal actualValue) {
        if (actualValue == null || targetValue.signum() == 0) {
            return null;
        }
        return actualValue
                .multiply(BigDecimal.valueOf(100))
                .divide(targetValue, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
