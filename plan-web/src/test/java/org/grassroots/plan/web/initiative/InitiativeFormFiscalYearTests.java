package org.grassroots.plan.web.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.junit.jupiter.api.Test;

/** The new-initiative form proposes the fiscal year of "today" in Tokyo, from the portal's clock. */
class InitiativeFormFiscalYearTests {

    @Test
    void onTheFirstOfAprilInTokyoTheNewFiscalYearIsProposedWhileItIsStillMarchInUtc() {
        var halfPastMidnightInTokyo = Clock.fixed(Instant.parse("2026-03-31T15:30:00Z"), FiscalYear.HQ_ZONE);
        assertThat(InitiativeForm.blank(LocalDate.now(halfPastMidnightInTokyo)).getFiscalYear())
                .isEqualTo(2026);
        assertThat(InitiativeForm.forImport(LocalDate.now(halfPastMidnightInTokyo))
                        .getFiscalYear())
                .isEqualTo(2026);

        var lastMinuteOfMarchInTokyo = Clock.fixed(Instant.parse("2026-03-31T14:59:00Z"), FiscalYear.HQ_ZONE);
        assertThat(InitiativeForm.blank(LocalDate.now(lastMinuteOfMarchInTokyo)).getFiscalYear())
                .isEqualTo(2025);
    }
}
