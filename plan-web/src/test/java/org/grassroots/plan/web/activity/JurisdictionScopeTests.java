package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.plan.web.activity.ReportRequests.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * Idaho is split by county between Seattle and Portland like California, guarded so that every county has exactly
 * one mission; the Embassy (and HQ for it) files national reports, which count in national figures and no state's.
 */
class JurisdictionScopeTests extends ReportTestSupport {

    AppUser seattle;
    AppUser portland;
    AppUser embassy;

    @BeforeEach
    void createUsers() {
        seattle = people.reporter("sea", "CG-SEA");
        portland = people.reporter("pdx", "CO-PDX");
        embassy = people.reporter("emb", "EMB-WDC");
    }

    @Test
    void anIdahoCountyIsFiledByItsOwnMissionOnly() throws Exception {
        assertThat(filedIn(seattle, "Kootenai")).as("north: Seattle").isTrue();
        assertThat(filedIn(portland, "Kootenai")).isFalse();
        assertThat(filedIn(portland, "Ada")).as("south: Portland").isTrue();
        assertThat(filedIn(seattle, "Ada")).isFalse();
        assertThat(filedIn(portland, "Idaho"))
                .as("Idaho County, low confidence: Portland")
                .isTrue();

        var noCounty = db.valid("ID", "Idaho without a county " + System.nanoTime());
        mvc.perform(form("/reports/new", noCounty, "submit").param("lang", "en").with(people.as(seattle)))
                .andExpect(content().string(containsString("Choose the county")));
        assertThat(db.reportsWithSummary(noCounty.get("summary"))).isZero();

        assertThat(jdbc.sql("""
                        SELECT jc.confidence FROM jurisdiction_county jc JOIN county c ON c.id = jc.county_id
                        WHERE c.state_code = 'ID' AND c.name = 'Idaho'""").query(String.class).single()).isEqualTo("low");
    }

    @Test
    void theDatabaseRefusesACountyCoveredTwiceOrNotAtAll() {
        long ada = db.countyId("ID", "Ada");
        long seattleIdaho = jdbc.sql(
                        "SELECT id FROM mission_jurisdiction WHERE mission_code = 'CG-SEA' AND state_code = 'ID'")
                .query(Long.class)
                .single();
        assertThatThrownBy(
                        () -> jdbc.sql("INSERT INTO jurisdiction_county (jurisdiction_id, county_id) VALUES (:j, :c)")
                                .param("j", seattleIdaho)
                                .param("c", ada)
                                .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("county Ada (ID) is covered by 2 missions");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM jurisdiction_county WHERE county_id = :c")
                        .param("c", ada)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("county Ada (ID) is covered by 0 missions");
        assertThat(jdbc.sql("SELECT count(*) FROM jurisdiction_county WHERE county_id = :c")
                        .param("c", ada)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aNationalEmbassyReportCountsNationallyAndInNoState() throws Exception {
        var national = db.valid("US", "National outreach to a federal agency " + System.nanoTime());
        mvc.perform(form("/reports/new", national, "submit").with(people.as(embassy)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM activity_report WHERE summary = :s AND state_code IS NULL")
                        .param("s", national.get("summary"))
                        .query(Long.class)
                        .single())
                .isOne();

        long id = jdbc.sql("SELECT id FROM activity_report WHERE summary = :s")
                .param("s", national.get("summary"))
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE activity_report SET status = 'RETURNED', return_comment = 'Add the agency.' WHERE id = :id")
                .param("id", id)
                .update();
        mvc.perform(get("/reports/{id}/edit", id).with(people.as(embassy)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"US\" selected=\"selected\"")));

        var hq = people.user("hq-national", Role.HQ_EDITOR);
        var byHq = db.valid("US", "National briefing filed by HQ " + System.nanoTime());
        byHq.put("missionCode", "EMB-WDC");
        mvc.perform(form("/reports/new", byHq, "submit").with(people.as(hq))).andExpect(status().is3xxRedirection());
        assertThat(db.reportsWithSummary(byHq.get("summary"))).isOne();

        var notTheEmbassy = db.valid("US", "A consulate cannot file nationally " + System.nanoTime());
        mvc.perform(form("/reports/new", notTheEmbassy, "submit").with(people.as(seattle)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "reportForm", "stateCode", "reports.import.error.stateOutsideJurisdiction"));
        assertThat(db.reportsWithSummary(notTheEmbassy.get("summary"))).isZero();

        var summary = national.get("summary");
        listed(Map.of(), summary, true);
        listed(Map.of("state", "US"), summary, true);
        for (String state : new String[] {"DC", "MD", "VA"}) {
            listed(Map.of("state", state), summary, false);
        }
        mvc.perform(get("/reports/new").param("lang", "en").with(people.as(embassy)))
                .andExpect(content().string(containsString("National (the whole U.S., no state)")));
        mvc.perform(get("/reports/new").param("lang", "en").with(people.as(seattle)))
                .andExpect(content().string(not(containsString("National (the whole U.S., no state)"))));
    }

    private void listed(Map<String, String> filter, String summary, boolean expected) throws Exception {
        var request = get("/reports").param("lang", "en").param("mission", "EMB-WDC");
        filter.forEach(request::param);
        mvc.perform(request.with(people.as(embassy)))
                .andExpect(status().isOk())
                .andExpect(content().string(expected ? containsString(summary) : not(containsString(summary))));
    }

    private boolean filedIn(AppUser reporter, String county) throws Exception {
        var fields = db.valid("ID", county + " County visit " + System.nanoTime());
        fields.put("countyId", String.valueOf(db.countyId("ID", county)));
        mvc.perform(form("/reports/new", fields, "submit").param("lang", "en").with(people.as(reporter)));
        return db.reportsWithSummary(fields.get("summary")) == 1;
    }
}
