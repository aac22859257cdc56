package org.grassroots.plan.web.initiative;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.grassroots.plan.core.initiative.Target;
import org.grassroots.plan.persistence.initiative.TargetFigures;
import org.jspecify.annotations.Nullable;

/** A target line; all blank means no target. */
public class TargetRow {

    @Size(max = 300)
    private @Nullable String indicatorJa;

    @Size(max = 300)
    private @Nullable String indicatorEn;

    @Size(max = 50)
    private @Nullable String unitJa;

    @Size(max = 50)
    private @Nullable String unitEn;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal targetValue;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal actualValue;

    static TargetRow of(TargetFigures target) {
        var row = new TargetRow();
        row.indicatorJa = target.indicatorJa();
        row.indicatorEn = target.indicatorEn();
        row.unitJa = target.unitJa();
        row.unitEn = target.unitEn();
        row.targetValue = target.targetValue();
        row.actualValue = target.actualValue();
        return row;
    }

    Target toTarget() {
        return new Target(indicatorJa, indicatorEn, unitJa, unitEn, targetValue, actualValue);
    }

    /** The row as the history compares it (the target value may still be missing). */
    TargetFigures toFigures() {
        return new TargetFigures(indicatorJa, indicatorEn, unitJa, unitEn, targetValue, actualValue);
    }

    boolean isBlank() {
        return indicatorJa == null
                && indicatorEn == null
                && unitJa == null
                && unitEn == null
                && targetValue == null
                && actualValue == null;
    }

    public @Nullable String getIndicatorJa() {
        return indicatorJa;
    }

    public void setIndicatorJa(@Nullable String indicatorJa) {
        this.indicatorJa = indicatorJa;
    }

    public @Nullable String getIndicatorEn() {
        return indicatorEn;
    }

    public void setIndicatorEn(@Nullable String indicatorEn) {
        this.indicatorEn = indicatorEn;
    }

    public @Nullable String getUnitJa() {
        return unitJa;
    }

    public void setUnitJa(@Nullable String unitJa) {
        this.unitJa = unitJa;
    }

    public @Nullable String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(@Nullable String unitEn) {
        this.unitEn = unitEn;
    }

    public @Nullable BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(@Nullable BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public @Nullable BigDecimal getActualValue() {
        return actualValue;
    }

    public void setActualValue(@Nullable BigDecimal actualValue) {
        this.actualValue = actualValue;
    }
}
