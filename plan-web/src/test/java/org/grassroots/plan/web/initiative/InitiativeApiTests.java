package org.grassroots.plan.web.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.api.ApiClients.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Locale;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.initiative.InitiativeFilter;
import org.grassroots.plan.persistence.initiative.InitiativeListQueries;
import org.grassroots.plan.persistence.initiative.InitiativeSort;
import org.grassroots.plan.web.WebIntegrationTest;
import org.grassroots.plan.web.api.ApiClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Initiatives over the API: HQ editors and administrators create and change them with the edit form's rules
 * (cross-field ones included), reporters and viewers only read, a stale version is a 409, and the list filters
 * like /initiatives.
 */
@WebIntegrationTest
class InitiativeApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    InitiativeListQueries listQueries;

    ApiClients clients;
    String hq;
    String reporter;

    @BeforeEach
    void setUp() {
        clients = new ApiClients(context);
        hq = clients.token(clients.user("hq", Role.HQ_EDITOR, null));
        reporter = clients.token(clients.user("chi", Role.MISSION_REPORTER, "CG-CHI"));
    }

    @Test
    void anHqEditorCreatesAndUpdatesAnInitiative() throws Exception {
        String title = "API initiative " + System.nanoTime();
        var created = mvc.perform(json(post("/api/v1/initiatives"), hq, initiative(title, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.titleEn").value(title))
                .andExpect(jsonPath("$.priorityAreas[0].code").value("ECONOMIC_SECURITY"))
                .andExpect(jsonPath("$.targets[0].targetValue").value(10))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");

        mvc.perform(json(put("/api/v1/initiatives/" + id), hq, initiative(title + " v2", version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titleEn").value(title + " v2"));
        mvc.perform(json(put("/api/v1/initiatives/" + id), hq, initiative(title + " v3", version)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/initiatives/" + id).with(bearer(reporter)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titleEn").value(title + " v2"));
    }

    @Test
    void reportersMayNotCreateInitiatives() throws Exception {
        mvc.perform(json(post("/api/v1/initiatives"), reporter, initiative("Reporter's", null)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theFormsCrossFieldRulesApply() throws Exception {
        String invalid = """
                {"status":"ACTIVE","fiscalYear":2026,"startDate":"2026-06-01","endDate":"2026-05-01",
                 "priorityAreas":[],"targets":[{"indicatorEn":"Seminars","targetValue":-1}]}""";
        mvc.perform(json(post("/api/v1/initiatives"), hq, invalid).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'titleJa')].message")
                        .value("Enter a title in Japanese or English"))
                .andExpect(jsonPath("$.errors[?(@.field == 'endDate')].code")
                        .value("initiative.error.endDate.beforeStart"))
                .andExpect(jsonPath("$.errors[?(@.field == 'priorityAreas')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'targets[0].targetValue')]")
                        .isNotEmpty());
        mvc.perform(json(post("/api/v1/initiatives"), hq, invalid).header("Accept-Language", "ja"))
                .andExpect(jsonPath("$.errors[?(@.field == 'titleJa')].message").value("タイトルを日本語または英語で入力してください"));
    }

    @Test
    void unknownCodesAreFieldErrors() throws Exception {
        String unknown = initiative("Unknown area " + System.nanoTime(), null).replace("ECONOMIC_SECURITY", "NOPE");
        mvc.perform(json(post("/api/v1/initiatives"), hq, unknown))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("priorityAreas"));
    }

    @Test
    void theListFiltersAndCountsLikeTheWebList() throws Exception {
        var expected = listQueries.find(
                new InitiativeFilter(null, null, null, "IL", null, null, null, null, null, 2026, false, false),
                InitiativeSort.UPDATED,
                true,
                1,
                10,
                Locale.ENGLISH);
        var body = mvc.perform(
                        get("/api/v1/initiatives?state=IL&fy=2026&size=10").with(bearer(reporter)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(10))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.total")).longValue()).isEqualTo(expected.total());
        assertThat(JsonPath.<java.util.List<Integer>>read(body, "$.items[*].id"))
                .containsExactlyElementsOf(
                        expected.rows().stream().map(row -> (int) row.id()).toList());
    }

    private static String initiative(String titleEn, Integer version) {
        return """
                {%s"titleJa":"API施策","titleEn":"%s","summaryJa":"概要","summaryEn":"Summary","status":"ACTIVE",
                 "fiscalYear":2026,"states":["IL"],"leadMission":"CG-CHI","priorityAreas":["ECONOMIC_SECURITY"],
                 "partners":[{"name":"Illinois Chamber (test)","kind":"PRIVATE"}],
                 "targets":[{"indicatorJa":"セミナー開催数","targetValue":10,"actualValue":4}]}""".formatted(version == null ? "" : "\"version\":" + version + ",", titleEn);
    }

    private static MockHttpServletRequestBuilder json(
            MockHttpServletRequestBuilder request, String token, String body) {
        return request.with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
