package org.grassroots.plan.persistence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses bad rows, whatever writes them. */
@PersistenceTest
class DatabaseConstraintsTests {

    @Autowired
    JdbcClient jdbc;

    long userId;

    @BeforeEach
    void createUser() {
        userId = jdbc.sql(
                        "INSERT INTO app_user (username, display_name, role) VALUES ('constraint-hq', 'HQ', 'HQ_EDITOR') RETURNING id")
                .query(Long.class)
                .single();
    }

    @Test
    void anInitiativeCannotEndBeforeItStarts() {
        assertRefused("""
                INSERT INTO initiative (title_en, status, fiscal_year, start_date, end_date)
                VALUES ('x', 'PLANNED', 2026, DATE '2026-05-01', DATE '2026-04-30')""");
    }

    @Test
    void anInitiativeNeedsATitleInSomeLanguage() {
        assertRefused(
                "INSERT INTO initiative (title_ja, title_en, status, fiscal_year) VALUES (' ', NULL, 'PLANNED', 2026)");
    }

    @Test
    void anInitiativeStatusMustBeKnown() {
        assertRefused("INSERT INTO initiative (title_en, status, fiscal_year) VALUES ('x', 'SHELVED', 2026)");
    }

    @Test
    void aTargetCannotBeNegative() {
        long id = jdbc.sql(
                        "INSERT INTO initiative (title_en, status, fiscal_year) VALUES ('x', 'PLANNED', 2026) RETURNING id")
                .query(Long.class)
                .single();
        assertRefused("INSERT INTO initiative_target (initiative_id, position, indicator_en, target_value) VALUES ("
                + id + ", 0, 'Events', -1)");
    }

    @Test
    void anInitiativeCannotNameAnUnknownPriorityArea() {
        long id = jdbc.sql(
                        "INSERT INTO initiative (title_en, status, fiscal_year) VALUES ('x', 'PLANNED', 2026) RETURNING id")
                .query(Long.class)
                .single();
        assertRefused("INSERT INTO initiative_priority_area (initiative_id, priority_area_code) VALUES (" + id
                + ", 'NOT_AN_AREA')");
    }

    @Test
    void participantsCannotBeNegative() {
        assertRefused(reportWith("participants", "-1"));
    }

    @Test
    void aReportStateMustExist() {
        assertRefused(reportWith("state_code", "'ZZ'"));
    }

    @Test
    void aReturnedReportNeedsAComment() {
        assertRefused(reportWith("status", "'RETURNED'"));
    }

    @Test
    void aReporterNeedsAMission() {
        assertRefused("INSERT INTO app_user (username, display_name, role) VALUES ('lonely', 'x', 'MISSION_REPORTER')");
    }

    @Test
    void usernamesAreUnique() {
        assertRefused("INSERT INTO app_user (username, display_name, role) VALUES ('constraint-hq', 'x', 'VIEWER')");
    }

    private String reportWith(String column, String value) {
        String columns = "mission_code, state_code, activity_date, activity_type, summary, language, status, "
                + "author_id, last_modified_by_id, participants";
        String values = "'CG-CHI', 'IL', DATE '2026-05-01', 'SEMINAR_EVENT', 'summary', 'en', 'DRAFT', " + userId + ", "
                + userId + ", 10";
        String[] names = columns.split(", ");
        String[] parts = values.split(", ");
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(column)) {
                parts[i] = value;
            }
        }
        return "INSERT INTO activity_report (" + columns + ") VALUES (" + String.join(", ", parts) + ")";
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
