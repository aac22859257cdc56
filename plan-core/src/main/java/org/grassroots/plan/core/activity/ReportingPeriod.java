package org.grassroots.plan.core.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.shared.AbstractEntity;

/**
 * A period the missions report on (by default a fiscal quarter) and the date by which each mission should have
 * filed at least one report dated in it. HQ may move the due date.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends AbstractEntity {

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private int quarter;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected ReportingPeriod() {}

    public ReportingPeriod(FiscalYear fiscalYear, int quarter, LocalDate dueOn) {
        this.fiscalYear = fiscalYear.year();
        this.quarter = quarter;
        this.startsOn = fiscalYear.quarterStart(quarter);
        this.endsOn = fiscalYear.quarterEnd(quarter);
        moveDueDate(dueOn);
    }

    /** Sets a new due date; it may not fall before the period ends. */
    public void moveDueDate(LocalDate dueOn) {
        if (dueOn.isBefore(endsOn)) {
            throw new IllegalArgumentException("A period cannot be due before it ends");
        }
        this.dueOn = dueOn;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getQuarter() {
        return quarter;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
