package org.grassroots.plan.web.region;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.grassroots.plan.core.region.StateFigure;
import org.grassroots.plan.persistence.region.StateFigureRow;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A state figure as the administrator types it: a number and/or a text, its year, source and confidence. */
public class StateFigureForm {

    @NotBlank
    @Size(max = 200)
    private @Nullable String metric;

    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal value;

    @Size(max = 200)
    private @Nullable String valueText;

    @Min(1900)
    @Max(2100)
    private @Nullable Integer year;

    @NotBlank
    @Size(max = 1000)
    private @Nullable String source;

    @NotBlank
    @Size(max = 100)
    private @Nullable String confidence;

    private long version;

    static StateFigureForm of(StateFigureRow row) {
        var form = new StateFigureForm();
        var figure = row.figure();
        form.metric = figure.metric();
        form.value = figure.value();
        form.valueText = figure.valueText();
        form.year = figure.year();
        form.source = figure.source();
        form.confidence = figure.confidence();
        form.version = row.version();
        return form;
    }

    /** The one rule across two fields, shown with the others: a value as a number, a text or both. */
    void requireValue(BindingResult result) {
        if (value == null && (valueText == null || valueText.isBlank()) && !result.hasFieldErrors("value")) {
            result.rejectValue("value", "reference.figures.error.valueRequired");
        }
    }

    StateFigure toFigure() {
        return new StateFigure(
                metric == null ? "" : metric,
                value,
                valueText,
                year,
                source == null ? "" : source,
                confidence == null ? "" : confidence);
    }

    public @Nullable String getMetric() {
        return metric;
    }

    public void setMetric(@Nullable String metric) {
        this.metric = metric;
    }

    public @Nullable BigDecimal getValue() {
        return value;
    }

    public void setValue(@Nullable BigDecimal value) {
        this.value = value;
    }

    public @Nullable String getValueText() {
        return valueText;
    }

    public void setValueText(@Nullable String valueText) {
        this.valueText = valueText;
    }

    public @Nullable Integer getYear() {
        return year;
    }

    public void setYear(@Nullable Integer year) {
        this.year = year;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }

    public @Nullable String getConfidence() {
        return confidence;
    }

    public void setConfidence(@Nullable String confidence) {
        this.confidence = confidence;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
