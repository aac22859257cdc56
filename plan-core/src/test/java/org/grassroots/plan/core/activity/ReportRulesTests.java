package org.grassroots.plan.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.plan.core.shared.FieldChange;
import org.grassroots.plan.core.user.Role;
import org.junit.jupiter.api.Test;

class ReportRulesTests {

    @Test
    void reportersFileOnlyForTheirMissionAndViewersNever() {
        assertThat(ReportAccess.mayFileFor(Role.MISSION_REPORTER, "CG-CHI", "CG-CHI"))
                .isTrue();
        assertThat(ReportAccess.mayFileFor(Role.MISSION_REPORTER, "CG-CHI", "CG-HOU"))
                .isFalse();
        assertThat(ReportAccess.mayFileFor(Role.HQ_EDITOR, null, "CG-HOU")).isTrue();
        assertThat(ReportAccess.mayFileFor(Role.ADMIN, null, "CG-HOU")).isTrue();
        assertThat(ReportAccess.mayFileFor(Role.VIEWER, null, "CG-HOU")).isFalse();
    }

    @Test
    void draftsBelongToTheirMissionUntilSubmittedWithAdministratorsForSupport() {
        var draft = ActivityReportStatus.DRAFT;
        assertThat(ReportAccess.mayRead(Role.MISSION_REPORTER, "CG-HOU", "CG-HOU", draft, false))
                .isTrue();
        assertThat(ReportAccess.mayRead(Role.MISSION_REPORTER, "CG-CHI", "CG-HOU", draft, false))
                .isFalse();
        assertThat(ReportAccess.mayRead(Role.VIEWER, null, "CG-HOU", draft, false))
                .isFalse();
        assertThat(ReportAccess.mayRead(Role.HQ_EDITOR, null, "CG-HOU", draft, false))
                .isFalse();
        assertThat(ReportAccess.mayRead(Role.HQ_EDITOR, null, "CG-HOU", draft, true))
                .isTrue();
        assertThat(ReportAccess.mayRead(Role.ADMIN, null, "CG-HOU", draft, false))
                .isTrue();
        assertThat(ReportAccess.mayRead(Role.VIEWER, null, "CG-HOU", ActivityReportStatus.SUBMITTED, false))
                .isTrue();
    }

    @Test
    void onlyHqReviewsAndOnlyAdministratorsReopen() {
        assertThat(ReportAccess.mayReview(Role.HQ_EDITOR)).isTrue();
        assertThat(ReportAccess.mayReview(Role.MISSION_REPORTER)).isFalse();
        assertThat(ReportAccess.mayReopen(Role.HQ_EDITOR)).isFalse();
        assertThat(ReportAccess.mayReopen(Role.ADMIN)).isTrue();
    }

    @Test
    void changesListOnlyTheFieldsThatDiffer() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("summary", "Old text");
        before.put("participants", "40");
        before.put("city", "");
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put("participants", "55");
        after.put("city", "Irvine");

        assertThat(ReviewedFields.changes(before, after))
                .containsExactly(
                        new FieldChange<>("participants", "40", "55"), new FieldChange<>("city", "", "Irvine"));
    }

    @Test
    void pressLinksMustBeWebAddresses() {
        assertThat(ReportContentChecks.isWebAddress("https://example.org/news?id=1"))
                .isTrue();
        assertThat(ReportContentChecks.isWebAddress("HTTP://example.org")).isTrue();
        assertThat(ReportContentChecks.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(ReportContentChecks.isWebAddress("https://")).isFalse();
        assertThat(ReportContentChecks.isWebAddress("ftp://example.org/file")).isFalse();
        assertThat(ReportContentChecks.isWebAddress("https://" + "a".repeat(2000) + ".org"))
                .isFalse();
    }
}
