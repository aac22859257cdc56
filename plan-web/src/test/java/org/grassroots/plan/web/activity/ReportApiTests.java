package org.grassroots.plan.web.activity;

import static org.grassroots.plan.web.api.ApiClients.bearer;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import org.grassroots.plan.core.user.Role;
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
 * Reports over the API follow the web's rules: reporters file only for their own mission's jurisdiction (403
 * problem otherwise), viewers not at all, drafts are seen only by their mission, HQ and administrators, field
 * errors come back as a 422 problem in the client's language, and a stale version is a 409.
 */
@WebIntegrationTest
class ReportApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    ApiClients clients;
    String chicago;
    String losAngeles;
    String hq;
    String viewer;

    @BeforeEach
    void setUp() {
        clients = new ApiClients(context);
        chicago = clients.token(clients.user("chi", Role.MISSION_REPORTER, "CG-CHI"));
        losAngeles = clients.token(clients.user("lax", Role.MISSION_REPORTER, "CG-LAX"));
        hq = clients.token(clients.user("hq", Role.HQ_EDITOR, null));
        viewer = clients.token(clients.user("viewer", Role.VIEWER, null));
    }

    @Test
    void aReporterFilesADraftForTheirMissionAndSubmitsIt() throws Exception {
        var created = mvc.perform(json(post("/api/v1/reports"), chicago, report("IL", "API draft")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/reports/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.missionCode").value("CG-CHI"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");

        mvc.perform(json(post("/api/v1/reports/" + id + "/submit"), chicago, "{\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(get("/api/v1/reports/" + id).with(bearer(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void aReporterPostingForAnotherMissionsStateIsRefused() throws Exception {
        mvc.perform(json(post("/api/v1/reports"), chicago, report("CA", "Not Chicago's state")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        var otherMission = report("CA", "Naming Los Angeles").replace("{", "{\"missionCode\":\"CG-LAX\",");
        mvc.perform(json(post("/api/v1/reports"), chicago, otherMission)).andExpect(status().isForbidden());
    }

    @Test
    void aReporterMayNotChangeAnotherMissionsReport() throws Exception {
        int id = create(losAngeles, report("AZ", "LA's own"));
        mvc.perform(json(put("/api/v1/reports/" + id), chicago, report("IL", "Hijacked")))
                .andExpect(status().isForbidden());
    }

    @Test
    void viewersMayReadButNotFile() throws Exception {
        mvc.perform(get("/api/v1/reports").with(bearer(viewer))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/reports"), viewer, report("IL", "Viewer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void draftsAreSeenOnlyByTheirMissionAndAdministrators() throws Exception {
        String summary = "Chicago draft " + System.nanoTime();
        int id = create(chicago, report("IL", summary));

        mvc.perform(get("/api/v1/reports/" + id).with(bearer(losAngeles))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + id).with(bearer(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/" + id).with(bearer(hq))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports?mission=CG-CHI&status=DRAFT&size=100").with(bearer(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/reports?mission=CG-CHI&status=DRAFT&size=100").with(bearer(chicago)))
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
    }

    @Test
    void hqFilesForANamedMissionOnly() throws Exception {
        mvc.perform(json(post("/api/v1/reports"), hq, report("IL", "No mission named")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("missionCode"));
        var forChicago = report("IL", "Filed by HQ").replace("{", "{\"missionCode\":\"CG-CHI\",");
        mvc.perform(json(post("/api/v1/reports"), hq, forChicago))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.missionCode").value("CG-CHI"));
    }

    @Test
    void fieldErrorsComeBackAsAProblemInTheClientsLanguage() throws Exception {
        String incomplete = "{\"stateCode\":\"IL\",\"activityType\":\"SEMINAR_EVENT\",\"language\":\"en\"}";
        mvc.perform(json(post("/api/v1/reports"), chicago, incomplete).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid fields"))
                .andExpect(jsonPath("$.errors[?(@.field == 'summary')].message").value("Enter a summary."))
                .andExpect(jsonPath("$.errors[?(@.field == 'summary')].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'activityDate')]").isNotEmpty())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'priorityAreaCodes')]").isNotEmpty());
        mvc.perform(json(post("/api/v1/reports"), chicago, incomplete).header("Accept-Language", "ja-JP"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("入力内容に誤りがあります"))
                .andExpect(jsonPath("$.errors[?(@.field == 'summary')].message").value("概要を入力してください。"));
    }

    @Test
    void theCoresRulesAreFieldErrorsToo() throws Exception {
        String unknownArea = report("IL", "Unknown area").replace("SCIENCE_TECH", "NO_SUCH_AREA");
        mvc.perform(json(post("/api/v1/reports"), chicago, unknownArea))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("priorityAreaCodes"));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        int id = create(chicago, report("IL", "Edited twice"));
        mvc.perform(json(
                        put("/api/v1/reports/" + id),
                        chicago,
                        report("IL", "Late edit").replace("{", "{\"version\":99,")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unreadableBodiesAndOtherMediaTypesAreProblems() throws Exception {
        mvc.perform(json(post("/api/v1/reports"), chicago, "{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/reports")
                        .with(bearer(chicago))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("summary=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reports/999999999").with(bearer(hq)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private int create(String token, String body) throws Exception {
        var created = mvc.perform(json(post("/api/v1/reports"), token, body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    private String report(String state, String summary) {
        return """
                {"stateCode":"%s","city":"Springfield","activityDate":"%s","activityType":"SEMINAR_EVENT",
                 "priorityAreaCodes":["SCIENCE_TECH"],"participants":40,"summary":"%s","language":"en"}""".formatted(state, LocalDate.now(clock).minusDays(1), summary + " " + System.nanoTime());
    }

    private static MockHttpServletRequestBuilder json(
            MockHttpServletRequestBuilder request, String token, String body) {
        return request.with(bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
