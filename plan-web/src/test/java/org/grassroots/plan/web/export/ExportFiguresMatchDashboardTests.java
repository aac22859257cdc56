package org.grassroots.plan.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.dashboard.CodeCount;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.ReportTallyQueries;
import org.grassroots.plan.persistence.dashboard.TallyDimension;
import org.grassroots.plan.persistence.dashboard.TallyScope;
import org.grassroots.plan.persistence.export.ExportFilter;
import org.grassroots.plan.persistence.export.ProgressFigureQueries;
import org.grassroots.plan.persistence.export.ProgressFigures;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The exports count from raw rows (any date range and filter), the dashboards from the report tally: for a whole
 * quarter without filters both give the same accepted reports in total, per priority area and per state.
 */
@WebIntegrationTest
class ExportFiguresMatchDashboardTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ProgressFigureQueries exportFigures;

    @Autowired
    ReportTallyQueries dashboard;

    @Test
    void aQuartersFiguresInTheExportEqualTheDashboards() {
        var fixtures = new ExportFixtures(context);
        fixtures.report("IL", "ACCEPTED", 10, "tally " + fixtures.word, "ECONOMIC_SECURITY");
        fixtures.report("OH", "ACCEPTED", 20, "tally " + fixtures.word, "ENERGY");
        fixtures.report("OH", "SUBMITTED", 30, "tally " + fixtures.word, "ENERGY");
        var fy = FiscalYear.containing(fixtures.day);
        int quarter = FiscalYear.quarterOf(fixtures.day);
        var period = new DashboardPeriod(fy, quarter);
        var filter = new ExportFilter(
                fy.quarterStart(quarter),
                fy.quarterEnd(quarter),
                fy.year(),
                fy.year(),
                List.of(),
                List.of(),
                List.of());

        ProgressFigures figures = exportFigures.figures(filter);

        assertThat(figures.headline().acceptedReports()).isEqualTo(dashboard.accepted(TallyScope.national(), period));
        assertThat(nonZero(figures.byArea()))
                .isEqualTo(counts(dashboard.acceptedBy(TallyDimension.AREA, TallyScope.national(), period)));
        assertThat(nonZero(figures.byState()))
                .isEqualTo(counts(dashboard.acceptedByState(TallyDimension.ALL, null, TallyScope.national(), period)));
        assertThat(nonZero(figures.byState())).containsKeys("IL", "OH");
    }

    private static Map<String, Long> nonZero(List<ProgressFigures.Count> counts) {
        return counts.stream()
                .filter(c -> c.acceptedReports() > 0)
                .collect(Collectors.toMap(c -> c.item().code(), ProgressFigures.Count::acceptedReports));
    }

    private static Map<String, Long> counts(List<CodeCount> counts) {
        return counts.stream()
                .filter(c -> c.code() != null)
                .collect(Collectors.toMap(CodeCount::code, CodeCount::count));
    }
}
