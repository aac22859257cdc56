package org.grassroots.plan.core.activity;

import java.util.List;
import org.grassroots.plan.core.fiscal.FiscalYear;

/** Creates a fiscal year's reporting periods, once however many nodes ask at the same time. */
public interface ReportingYears {

    /** Whether the fiscal year has its periods. */
    boolean exists(FiscalYear fiscalYear);

    /**
     * Creates the periods that do not exist yet (the unique fiscal year and quarter decide between nodes) and
     * records the filings of reports already dated in them; returns how many periods this call created.
     */
    int create(FiscalYear fiscalYear, List<ReportingPeriod> periods);
}
