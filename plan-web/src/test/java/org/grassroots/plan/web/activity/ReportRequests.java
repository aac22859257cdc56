package org.grassroots.plan.web.activity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Builds report form posts with valid defaults and reads what the tests check back from the database. "Today" is
 * the portal's clock's, so the tests hold whatever day they run on (and with {@code plan.clock.start}).
 */
final class ReportRequests {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportRequests(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
    }

    /** Today in Tokyo by the portal's clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The fields of a valid report for a state a mission covers whole (e.g. Illinois for Chicago). */
    Map<String, String> valid(String stateCode, String summary) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("submissionToken", UUID.randomUUID().toString());
        fields.put("stateCode", stateCode);
        fields.put("city", "Springfield");
        fields.put("activityDate", today().minusDays(1).toString());
        fields.put("activityType", "SEMINAR_EVENT");
        fields.put("priorityAreaCodes", "SCIENCE_TECH");
        fields.put("participants", "40");
        fields.put("summary", summary);
        fields.put("language", "en");
        return fields;
    }

    static MockHttpServletRequestBuilder form(String url, Map<String, String> fields, String action) {
        var request = post(url).with(csrf()).param("action", action);
        fields.forEach(request::param);
        return request;
    }

    long countyId(String state, String name) {
        return jdbc.sql("SELECT id FROM county WHERE state_code = :state AND name = :name")
                .param("state", state)
                .param("name", name)
                .query(Long.class)
                .single();
    }

    long idOf(String summary) {
        return jdbc.sql("SELECT id FROM activity_report WHERE summary = :summary")
                .param("summary", summary)
                .query(Long.class)
                .single();
    }

    long reportsWithSummary(String summary) {
        return jdbc.sql("SELECT count(*) FROM activity_report WHERE summary = :summary")
                .param("summary", summary)
                .query(Long.class)
                .single();
    }

    String status(long id) {
        return jdbc.sql("SELECT status FROM activity_report WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    long version(long id) {
        return jdbc.sql("SELECT version FROM activity_report WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    String summary(long id) {
        return jdbc.sql("SELECT summary FROM activity_report WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    static long idFrom(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
