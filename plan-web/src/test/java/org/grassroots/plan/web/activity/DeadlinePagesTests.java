package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.grassroots.plan.core.user.Role;
import org.junit.jupiter.api.Test;

/** The calendar shows each mission's deadline in its own zone and in Tokyo, and works for any fiscal year. */
class DeadlinePagesTests extends ReportTestSupport {

    @Test
    void theCalendarOfFiscalYear2036ExistsAndShowsEachMissionsDeadlineInTokyoTime() throws Exception {
        var hq = people.user("hq-deadline", Role.HQ_EDITOR);

        var page = mvc.perform(get("/reports/calendar")
                        .param("fy", "2036")
                        .param("lang", "en")
                        .with(people.as(hq)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Q1 FY2036")))
                .andExpect(content().string(not(containsString("??"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(jdbc.sql("SELECT count(*) FROM reporting_period WHERE fiscal_year = 2036")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        // Q1 FY2036 is due on 15 July 2036: 23:59 EDT in New York is 12:59 the next day in Tokyo.
        var newYork = page.substring(page.indexOf("Consulate-General of Japan in New York"));
        assertThat(newYork.substring(0, newYork.indexOf("</tr>")))
                .contains("15 Jul 2036, 23:59 (America/New_York)")
                .contains("16 Jul 2036, 12:59 JST");
        var honolulu = page.substring(page.indexOf("Consulate-General of Japan in Honolulu"));
        assertThat(honolulu.substring(0, honolulu.indexOf("</tr>")))
                .contains("15 Jul 2036, 23:59 (Pacific/Honolulu)")
                .contains("16 Jul 2036, 18:59 JST");
        assertThat(page).contains("Filing by mission and quarter, FY2036");

        mvc.perform(get("/reports/calendar")
                        .param("fy", "2037")
                        .param("lang", "ja")
                        .with(people.as(hq)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2037年7月15日 23:59 (America/Los_Angeles)")));
    }
}
