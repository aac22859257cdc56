package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.activity.ReportRequests.form;
import static org.grassroots.plan.web.activity.ReportRequests.idFrom;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Map;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The report form refuses what it should: states and counties outside the jurisdiction (California by county,
 * the Northern Mariana Islands shared by two missions), unknown codes, out-of-range values; nothing is written.
 */
class ReportValidationTests extends ReportTestSupport {

    AppUser losAngeles;
    AppUser chicago;

    @BeforeEach
    void createUsers() {
        losAngeles = people.reporter("la", "CG-LAX");
        chicago = people.reporter("chi", "CG-CHI");
    }

    @Test
    void theFormOffersOnlyTheReportersStatesAndCounties() throws Exception {
        mvc.perform(get("/reports/new").param("lang", "en").with(people.as(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"CA\">CA California</option>")))
                .andExpect(content().string(containsString("<option value=\"AZ\">AZ Arizona</option>")))
                .andExpect(content().string(not(containsString("value=\"TX\""))))
                .andExpect(content().string(containsString(">Orange</option>")))
                .andExpect(content().string(not(containsString(">Alameda</option>"))))
                .andExpect(content().string(containsString("name=\"submissionToken\"")));
    }

    @Test
    void hqChoosesTheMissionFirst() throws Exception {
        var hq = people.user("hq", Role.HQ_EDITOR);
        mvc.perform(get("/reports/new").with(people.as(hq))).andExpect(view().name("reports/choose-mission"));
        mvc.perform(get("/reports/new").param("mission", "CG-HOU").with(people.as(hq)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"TX\"")))
                .andExpect(content().string(not(containsString("value=\"CA\""))));
        var viewer = people.user("viewer", Role.VIEWER);
        mvc.perform(get("/reports/new").with(people.as(viewer))).andExpect(status().isForbidden());
    }

    @Test
    void californiaIsSplitByCounty() throws Exception {
        var orange = db.valid("CA", "Orange County seminar " + System.nanoTime());
        orange.put("countyId", String.valueOf(db.countyId("CA", "Orange")));
        mvc.perform(form("/reports/new", orange, "submit").with(people.as(losAngeles)))
                .andExpect(status().is3xxRedirection());
        assertThat(db.reportsWithSummary(orange.get("summary"))).isOne();

        var alameda = db.valid("CA", "Alameda County seminar " + System.nanoTime());
        alameda.put("countyId", String.valueOf(db.countyId("CA", "Alameda")));
        refused(alameda, losAngeles, "This county is not in your mission");

        var noCounty = db.valid("CA", "No county " + System.nanoTime());
        refused(noCounty, losAngeles, "Choose the county: your mission covers only part of this state.");

        var wholeStateWithCounty = db.valid("AZ", "Arizona with a county " + System.nanoTime());
        wholeStateWithCounty.put("countyId", String.valueOf(db.countyId("CA", "Orange")));
        refused(
                wholeStateWithCounty,
                losAngeles,
                "Your mission covers the whole of this state; leave the county empty.");
    }

    @Test
    void aStateOutsideTheJurisdictionIsAFieldErrorOnTheStateThatKeepsWhatWasTypedAndWritesNothing() throws Exception {
        var texas = db.valid("TX", "Chicago posting Texas " + System.nanoTime());
        mvc.perform(form("/reports/new", texas, "submit").param("lang", "en").with(people.as(chicago)))
                .andExpect(status().isOk())
                .andExpect(view().name("reports/form"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "reportForm", "stateCode", "reports.import.error.stateOutsideJurisdiction"))
                .andExpect(content().string(containsString("This state is not in your mission&#39;s jurisdiction.")))
                .andExpect(content().string(containsString(texas.get("summary"))))
                .andExpect(content().string(containsString("<title>Error: ")));
        assertThat(db.reportsWithSummary(texas.get("summary"))).isZero();

        var forgedMission = db.valid("CA", "Chicago posting for LA " + System.nanoTime());
        forgedMission.put("missionCode", "CG-LAX");
        forgedMission.put("countyId", String.valueOf(db.countyId("CA", "Orange")));
        mvc.perform(form("/reports/new", forgedMission, "submit").with(people.as(chicago)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("reportForm", "stateCode"));
        assertThat(db.reportsWithSummary(forgedMission.get("summary"))).isZero();
    }

    @Test
    void theMarianasAreReportedByHagatnaAndSaipanButGuamOnlyByHagatna() throws Exception {
        var hagatna = people.reporter("hgt", "CG-HGT");
        var saipan = people.reporter("spn", "CO-SPN");
        for (AppUser reporter : new AppUser[] {hagatna, saipan}) {
            var marianas = db.valid("MP", "Marianas outreach " + System.nanoTime());
            mvc.perform(form("/reports/new", marianas, "submit").with(people.as(reporter)))
                    .andExpect(status().is3xxRedirection());
            assertThat(db.reportsWithSummary(marianas.get("summary"))).isOne();
        }
        var guam = db.valid("GU", "Saipan posting Guam " + System.nanoTime());
        mvc.perform(form("/reports/new", guam, "submit").with(people.as(saipan)))
                .andExpect(model().attributeHasFieldErrors("reportForm", "stateCode"));
        assertThat(db.reportsWithSummary(guam.get("summary"))).isZero();
        var guamByHagatna = db.valid("GU", "Hagatna posting Guam " + System.nanoTime());
        mvc.perform(form("/reports/new", guamByHagatna, "submit").with(people.as(hagatna)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void badInputGetsAFieldMessageInEnglishAndNothingIsWritten() throws Exception {
        var fields = db.valid("IL", "x".repeat(1_000_000));
        fields.put("activityDate", "1800-01-01");
        fields.put("participants", "-5");
        fields.put("activityType", "PICNIC");
        fields.put("sectorCodes", "NOT_A_SECTOR");
        fields.put("links[0]", "javascript:alert(1)");
        fields.put("initiativeId", "999999999");
        mvc.perform(form("/reports/new", fields, "submit").param("lang", "en").with(people.as(chicago)))
                .andExpect(status().isOk())
                .andExpect(view().name("reports/form"))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The summary can have at most 8,000 characters.")))
                .andExpect(content().string(containsString("Enter a whole number of 0 or more.")))
                .andExpect(content().string(containsString("This is not one of the types offered.")))
                .andExpect(content().string(containsString("This is not one of the choices offered.")))
                .andExpect(content().string(containsString("Enter a web address starting with http:// or https://.")))
                .andExpect(content().string(containsString("The date cannot be before 1 January 2017.")))
                .andExpect(content().string(containsString("There is no initiative with this number.")))
                .andExpect(content().string(containsString("value=\"-5\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM activity_report WHERE length(summary) > 8000")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFutureDateAndAMissingSummaryAreExplainedInJapanese() throws Exception {
        var fields = db.valid("IL", "");
        fields.put("activityDate", db.today().plusDays(3).toString());
        fields.put("city", "Future City " + System.nanoTime());
        mvc.perform(form("/reports/new", fields, "draft").param("lang", "ja").with(people.as(chicago)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("概要を入力してください。")))
                .andExpect(content().string(containsString("未来の日付は入力できません。")))
                .andExpect(content().string(containsString(fields.get("city"))));
        assertThat(jdbc.sql("SELECT count(*) FROM activity_report WHERE city = :city")
                        .param("city", fields.get("city"))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSameFormSentTwiceFilesOneReportAndChangesItOnce() throws Exception {
        var fields = db.valid("IL", "Double click " + System.nanoTime());
        var first = mvc.perform(form("/reports/new", fields, "draft").with(people.as(chicago)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var second = mvc.perform(form("/reports/new", fields, "submit").with(people.as(chicago)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(second).isEqualTo(first);
        assertThat(db.reportsWithSummary(fields.get("summary"))).isOne();

        long id = idFrom(first);
        var edit = db.valid("IL", "Edited once " + System.nanoTime());
        edit.put("version", String.valueOf(db.version(id)));
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(form("/reports/" + id + "/edit", edit, "submit").with(people.as(chicago)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/reports/" + id));
        }
        assertThat(db.summary(id)).isEqualTo(edit.get("summary"));
        assertThat(db.status(id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM activity_report_transition WHERE report_id = :id AND to_status = 'SUBMITTED'")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private ResultActions refused(Map<String, String> fields, AppUser reporter, String message) throws Exception {
        var result = mvc.perform(form("/reports/new", fields, "submit")
                        .param("lang", "en")
                        .with(people.as(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(db.reportsWithSummary(fields.get("summary"))).isZero();
        return result;
    }
}
