package org.grassroots.plan.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.api.ApiClients.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.ReportTallyQueries;
import org.grassroots.plan.persistence.dashboard.TallyScope;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API's summaries are the dashboards' figures: they equal what the dashboard queries (the report tally)
 * answer, and the raw counts of accepted reports in the activity_report table, per state, area and mission.
 */
@WebIntegrationTest
class ApiSummaryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportTallyQueries tally;

    @Autowired
    Clock clock;

    String token;
    FiscalYear year;

    @BeforeEach
    void setUp() {
        var clients = new ApiClients(context);
        token = clients.token(clients.user("summary-viewer", Role.VIEWER, null));
        year = FiscalYear.containing(LocalDate.now(clock)).previous();
    }

    @Test
    void perStateFiguresEqualTheRawCountsOfAcceptedReports() throws Exception {
        var body = summary("/api/v1/summaries/states?fy=" + year.year());
        List<Map<String, Object>> states = JsonPath.read(body, "$.states");
        var api = new HashMap<String, Long>();
        states.forEach(
                row -> api.put((String) row.get("stateCode"), ((Number) row.get("acceptedReports")).longValue()));

        var raw = new HashMap<String, Long>();
        jdbc.sql("""
                        SELECT state_code, count(*) AS n FROM activity_report
                        WHERE status = 'ACCEPTED' AND state_code IS NOT NULL AND activity_date BETWEEN :start AND :end
                        GROUP BY state_code""")
                .param("start", year.start())
                .param("end", year.end())
                .query((rs, n) -> raw.put(rs.getString("state_code"), rs.getLong("n")))
                .list();
        api.forEach((state, count) -> assertThat(count).as(state).isEqualTo(raw.getOrDefault(state, 0L)));
        assertThat(api.keySet()).containsAll(raw.keySet());
        assertThat(JsonPath.<Integer>read(body, "$.period.fiscalYear")).isEqualTo(year.year());
    }

    @Test
    void perAreaFiguresEqualTheDashboardQueriesAndTheRawCounts() throws Exception {
        var period = new DashboardPeriod(year, null);
        var body = summary("/api/v1/summaries/areas?fy=" + year.year());
        List<Map<String, Object>> areas = JsonPath.read(body, "$.acceptedByArea");
        var expected = tally.acceptedBy(
                org.grassroots.plan.persistence.dashboard.TallyDimension.AREA, TallyScope.national(), period);
        assertThat(areas).hasSize(expected.size());
        for (var row : areas) {
            String area = (String) row.get("code");
            long raw = jdbc.sql("""
                            SELECT count(*) FROM activity_report r JOIN activity_report_priority_area a ON a.report_id = r.id
                            WHERE r.status = 'ACCEPTED' AND a.priority_area_code = :area
                              AND r.activity_date BETWEEN :start AND :end""")
                    .param("area", area)
                    .param("start", year.start())
                    .param("end", year.end())
                    .query(Long.class)
                    .single();
            assertThat(((Number) row.get("count")).longValue()).as(area).isEqualTo(raw);
        }
    }

    @Test
    void aMissionsFiguresEqualTheDashboardQueries() throws Exception {
        var period = new DashboardPeriod(year, 1);
        var scope = TallyScope.mission("CG-CHI");
        mvc.perform(get("/api/v1/summaries/missions/CG-CHI?fy=" + year.year() + "&quarter=1")
                        .with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptedReports").value(tally.accepted(scope, period)))
                .andExpect(jsonPath("$.awaitingReview").value(tally.awaitingReview(scope)))
                .andExpect(jsonPath("$.reportsByStatus.DRAFT").doesNotExist())
                .andExpect(
                        jsonPath("$.period.firstDay").value(year.quarterStart(1).toString()));
        mvc.perform(get("/api/v1/summaries/missions/NOPE").with(bearer(token))).andExpect(status().isNotFound());
    }

    @Test
    void aStatesFiguresCarryTheirSource() throws Exception {
        mvc.perform(get("/api/v1/summaries/states/IL?fy=" + year.year()).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acceptedReports")
                        .value(tally.accepted(TallyScope.state("IL"), new DashboardPeriod(year, null))))
                .andExpect(jsonPath("$.source").isNotEmpty());
    }

    @Test
    void aPlanRevisionNarrowsTheFiguresAsOnTheDashboards() throws Exception {
        var fy2025 = org.grassroots.plan.core.fiscal.FiscalYear.of(2025);
        for (String revision : new String[] {"AP-3.0", "AP-4.0"}) {
            mvc.perform(get("/api/v1/summaries/states/IL?fy=2025&revision=" + revision)
                            .with(bearer(token)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.acceptedReports")
                            .value(tally.accepted(
                                    TallyScope.state("IL"), new DashboardPeriod(fy2025, null, revision))));
        }
        mvc.perform(get("/api/v1/summaries/states/IL?fy=2025&revision=AP-9.9").with(bearer(token)))
                .andExpect(status().isBadRequest());
    }

    private String summary(String url) throws Exception {
        return mvc.perform(get(url).with(bearer(token)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
