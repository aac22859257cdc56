package org.grassroots.plan.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.grassroots.plan.core.activity.ActivityDetails;
import org.grassroots.plan.core.activity.ActivityReport;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityReports;
import org.grassroots.plan.core.activity.ActivityType;
import org.grassroots.plan.core.reference.Audiences;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.reference.InterestTiers;
import org.grassroots.plan.core.reference.MissionJurisdictions;
import org.grassroots.plan.core.reference.PriorityAreas;
import org.grassroots.plan.core.reference.Sectors;
import org.grassroots.plan.core.reference.UsStates;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.Users;
import org.grassroots.plan.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class ActivityReportRepositoryTests {

    private static final Instant CREATED = Instant.parse("2026-06-01T00:00:00Z");

    @Autowired
    ActivityReports reports;

    @Autowired
    Users users;

    @Autowired
    DiplomaticMissions missions;

    @Autowired
    MissionJurisdictions jurisdictions;

    @Autowired
    UsStates states;

    @Autowired
    PriorityAreas areas;

    @Autowired
    Sectors sectors;

    @Autowired
    Audiences audiences;

    @Autowired
    InterestTiers tiers;

    @Autowired
    EntityManager entityManager;

    @Test
    void savesAReportWithItsClassificationLinksAndTimeline() {
        var losAngeles = missions.findById("CG-LAX").orElseThrow();
        var reporter = users.save(new AppUser("test-la", "Test LA", Role.MISSION_REPORTER, losAngeles, CREATED));
        var reviewer = users.save(new AppUser("test-hq", "Test HQ", Role.HQ_EDITOR, null, CREATED));
        var orange = jurisdictions.findByMissionCodeAndStateCode("CG-LAX", "CA").orElseThrow().getCounties().stream()
                .filter(county -> county.getName().equals("Orange"))
                .findFirst()
                .orElseThrow();
        var details = new ActivityDetails(
                orange,
                "Irvine",
                LocalDate.of(2026, 6, 3),
                ActivityType.SEMINAR_EVENT,
                audiences.findById("JAPANESE_COMPANIES").orElseThrow(),
                tiers.findById("HIGH").orElseThrow(),
                45,
                "Mayor's office",
                "日系企業向けセミナーを開催した。",
                "関係者45名が参加。",
                "次回は秋に開催。",
                "ja",
                null,
                Set.copyOf(areas.findAllById(List.of("SCIENCE_TECH"))),
                Set.copyOf(sectors.findAllById(List.of("AI"))),
                Set.of(),
                List.of("https://example.org/news/1"));
        var report = new ActivityReport(
                losAngeles,
                states.findById("CA").orElseThrow(),
                details,
                reporter,
                Instant.parse("2026-06-04T01:00:00Z"));
        report.submit(reporter, Instant.parse("2026-06-04T02:00:00Z"));
        report.accept(reviewer, Instant.parse("2026-06-05T02:00:00Z"));
        reports.save(report);
        entityManager.flush();
        entityManager.clear();

        var loaded = reports.findById(report.getId()).orElseThrow();

        assertThat(loaded.getStatus()).isEqualTo(ActivityReportStatus.ACCEPTED);
        assertThat(loaded.getActivity().getCounty().getName()).isEqualTo("Orange");
        assertThat(loaded.getActivity().getPriorityAreas()).extracting("code").containsExactly("SCIENCE_TECH");
        assertThat(loaded.getActivity().getSectors()).extracting("code").containsExactly("AI");
        assertThat(loaded.getActivity().getLinks()).containsExactly("https://example.org/news/1");
        assertThat(loaded.getTimeline())
                .extracting("toStatus")
                .containsExactly(
                        ActivityReportStatus.DRAFT, ActivityReportStatus.SUBMITTED, ActivityReportStatus.ACCEPTED);
        assertThat(loaded.getTimeline().get(2).getActor().getUsername()).isEqualTo("test-hq");
    }
}
