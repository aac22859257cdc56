package org.grassroots.plan.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo profile's data is rich enough to judge the product by, and consistent with the reference data. */
@WebIntegrationTest
class DemoDataTests {

    /**
     * The reports the demo data loaded: by demo users, and without the submission token that every report filed
     * through the portal carries (browser tests file as demo users, on whatever day the clock says).
     */
    private static final String DEMO_REPORTS =
            "(SELECT r.* FROM activity_report r JOIN app_user u ON u.id = r.author_id"
                    + " WHERE u.username LIKE 'demo-%' AND r.submission_token IS NULL) r";

    private static final String DEMO_PREVIOUS_FY_START =
            "(SELECT (created_at::date + 30) AS start FROM app_user WHERE username = 'demo-admin') fy";

    @Autowired
    JdbcClient jdbc;

    @Test
    void initiativesCoverEveryPriorityAreaAndManyStates() {
        assertThat(count("SELECT count(*) FROM initiative WHERE created_by = 'demo-hq' OR created_by = 'demo-hq2'"))
                .isGreaterThanOrEqualTo(35);
        assertThat(count("SELECT count(DISTINCT priority_area_code) FROM initiative_priority_area"))
                .isEqualTo(5);
        assertThat(count("SELECT count(DISTINCT state_code) FROM initiative_state"))
                .isGreaterThanOrEqualTo(25);
    }

    /**
     * Only the demo's own reports count (other tests file reports with dates of their own), and their dates are
     * relative to the day the demo data was loaded, which a persistent database may have done long ago: that day
     * is known from the demo users, created 30 days before the previous fiscal year began.
     */
    @Test
    void everyMissionHasReportsInEveryStatusOverThePreviousAndCurrentFiscalYear() {
        assertThat(count("SELECT count(*) FROM " + DEMO_REPORTS)).isGreaterThanOrEqualTo(200);
        assertThat(count("SELECT count(DISTINCT mission_code) FROM " + DEMO_REPORTS))
                .isEqualTo(count("SELECT count(*) FROM diplomatic_mission"));
        assertThat(count("SELECT count(DISTINCT status) FROM " + DEMO_REPORTS)).isEqualTo(5);
        assertThat(count("SELECT count(DISTINCT language) FROM " + DEMO_REPORTS))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM " + DEMO_REPORTS + " WHERE activity_date >= current_date"))
                .isZero();
        assertThat(count("SELECT count(*) FROM " + DEMO_REPORTS + ", " + DEMO_PREVIOUS_FY_START
                        + " WHERE activity_date < fy.start OR activity_date >= fy.start + interval '2 years'"))
                .as("outside the previous and the current fiscal year of the day the demo was loaded")
                .isZero();
        assertThat(count("""
                SELECT count(DISTINCT CASE WHEN extract(month FROM activity_date) >= 4
                    THEN extract(year FROM activity_date) ELSE extract(year FROM activity_date) - 1 END)
                FROM\s""" + DEMO_REPORTS)).isBetween(1L, 2L);
    }

    @Test
    void everyReportLiesInItsMissionsJurisdiction() {
        assertThat(count("SELECT count(*) FROM " + DEMO_REPORTS + """

                WHERE CASE WHEN r.state_code IS NULL
                           THEN NOT EXISTS (SELECT 1 FROM diplomatic_mission m
                                            WHERE m.code = r.mission_code AND m.national_scope)
                           ELSE NOT EXISTS (SELECT 1 FROM mission_jurisdiction j
                                            WHERE j.mission_code = r.mission_code AND j.state_code = r.state_code)
                      END"""))
                .as("a national report only from a mission with national scope")
                .isZero();
    }

    @Test
    void theDemoUsersOfTheReadmeExist() {
        var users = jdbc.sql("SELECT username || ':' || role || ':' || coalesce(mission_code, '-') FROM app_user")
                .query(String.class)
                .list();

        assertThat(users)
                .contains(
                        "demo-admin:ADMIN:-",
                        "demo-hq:HQ_EDITOR:-",
                        "demo-chicago:MISSION_REPORTER:CG-CHI",
                        "demo-la:MISSION_REPORTER:CG-LAX",
                        "demo-viewer:VIEWER:-");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
