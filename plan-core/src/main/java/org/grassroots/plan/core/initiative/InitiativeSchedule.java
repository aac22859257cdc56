package org.grassroots.plan.core.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.jspecify.annotations.Nullable;

/** When an initiative runs: its fiscal year and, if known, its first and last day (the last not before the first). */
@Embeddable
public class InitiativeSchedule {

    @Column(name = "start_date")
    private @Nullable LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    protected InitiativeSchedule() {}

    InitiativeSchedule(@Nullable LocalDate startDate, @Nullable LocalDate endDate, FiscalYear fiscalYear) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("The end date must not be before the start date");
        }
        this.startDate = startDate;
        this.endDate = endDate;
        this.fiscalYear = fiscalYear.year();
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public FiscalYear getFiscalYear() {
        return FiscalYear.of(fiscalYear);
    }
}
