package org.grassroots.plan.persistence.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.initiative.Initiative;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.core.initiative.Initiatives;
import org.grassroots.plan.core.initiative.Partner;
import org.grassroots.plan.core.initiative.PartnerKind;
import org.grassroots.plan.core.initiative.Target;
import org.grassroots.plan.core.reference.Audiences;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.reference.InterestTiers;
import org.grassroots.plan.core.reference.PriorityAreas;
import org.grassroots.plan.core.reference.RegionalApproaches;
import org.grassroots.plan.core.reference.Sectors;
import org.grassroots.plan.core.reference.UsStates;
import org.grassroots.plan.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class InitiativeRepositoryTests {

    @Autowired
    Initiatives initiatives;

    @Autowired
    PriorityAreas areas;

    @Autowired
    Sectors sectors;

    @Autowired
    RegionalApproaches approaches;

    @Autowired
    InterestTiers tiers;

    @Autowired
    Audiences audiences;

    @Autowired
    UsStates states;

    @Autowired
    DiplomaticMissions missions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void savesAndLoadsAnInitiativeWithItsClassificationPartnersAndTargets() {
        var initiative = newInitiative();
        initiatives.save(initiative);
        entityManager.flush();
        entityManager.clear();

        var loaded = initiatives.findById(initiative.getId()).orElseThrow();

        assertThat(loaded.getText().getTitleJa()).isEqualTo("オハイオ州半導体サプライチェーン対話");
        assertThat(loaded.getClassification().getPriorityAreas())
                .extracting("code")
                .containsExactly("ECONOMIC_SECURITY");
        assertThat(loaded.getClassification().getSectors())
                .extracting("code")
                .containsExactlyInAnyOrder("SEMICONDUCTORS", "AUTOMOTIVE");
        assertThat(loaded.getClassification().getStates()).extracting("code").containsExactlyInAnyOrder("OH", "MI");
        assertThat(loaded.getClassification().getRegionalApproaches())
                .extracting("code")
                .containsExactly("MANY_JAPANESE_COMPANIES");
        assertThat(loaded.getClassification().getAudiences()).extracting("code").containsExactly("KEY_OFFICIALS");
        assertThat(loaded.getClassification().getInterestTier().getCode()).isEqualTo("MODERATE");
        assertThat(loaded.getLeadMission().getCode()).isEqualTo("CG-DTW");
        assertThat(loaded.getPartners()).containsExactly(new Partner("Ohio Chamber (demo)", PartnerKind.PRIVATE));
        assertThat(loaded.getTargets()).singleElement().satisfies(target -> {
            assertThat(target.targetValue()).isEqualByComparingTo("10");
            assertThat(target.progressPercent()).isEqualTo(40);
        });
        assertThat(loaded.getSchedule().getFiscalYear()).isEqualTo(FiscalYear.of(2026));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aConcurrentEditIsRefusedNotLost() {
        var tx = new TransactionTemplate(transactionManager);
        Long id = tx.execute(status -> initiatives.save(newInitiative()).getId());
        try {
            var first = tx.execute(status -> initiatives.findById(id).orElseThrow());
            var second = tx.execute(status -> initiatives.findById(id).orElseThrow());

            first.changeStatus(InitiativeStatus.ACTIVE);
            tx.executeWithoutResult(status -> initiatives.save(first));
            second.changeStatus(InitiativeStatus.CANCELLED);

            assertThatThrownBy(() -> tx.executeWithoutResult(status -> initiatives.save(second)))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            InitiativeStatus stored =
                    tx.execute(status -> initiatives.findById(id).orElseThrow().getStatus());
            assertThat(stored).isEqualTo(InitiativeStatus.ACTIVE);
        } finally {
            tx.executeWithoutResult(status -> entityManager
                    .createNativeQuery("DELETE FROM initiative WHERE id = :id")
                    .setParameter("id", id)
                    .executeUpdate());
        }
    }

    /** The text and classification are embeddables; Envers still writes their columns and join tables' _aud rows. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aChangeOfTextAndClassificationIsAudited() {
        var tx = new TransactionTemplate(transactionManager);
        Long id = tx.execute(status -> initiatives.save(newInitiative()).getId());
        try {
            tx.executeWithoutResult(status -> {
                var initiative = initiatives.findById(id).orElseThrow();
                initiative.rewrite("改訂された対話", "Revised dialogue", null, null, false);
                initiative.classify(areas.findAllById(List.of("SCIENCE_TECH")), List.of(), List.of(), null, List.of());
            });

            assertThat(audited("SELECT title_en FROM initiative_aud WHERE id = :id ORDER BY rev", id))
                    .containsExactly("Ohio semiconductor supply-chain dialogue", "Revised dialogue");
            assertThat(audited(
                            "SELECT priority_area_code || ':' || revtype FROM initiative_priority_area_aud"
                                    + " WHERE initiative_id = :id ORDER BY rev, priority_area_code",
                            id))
                    .containsExactly("ECONOMIC_SECURITY:0", "ECONOMIC_SECURITY:2", "SCIENCE_TECH:0");
        } finally {
            tx.executeWithoutResult(status -> entityManager
                    .createNativeQuery("DELETE FROM initiative WHERE id = :id")
                    .setParameter("id", id)
                    .executeUpdate());
        }
    }

    private List<String> audited(String sql, Long id) {
        return new TransactionTemplate(transactionManager)
                .execute(status -> entityManager
                        .createNativeQuery(sql, String.class)
                        .setParameter("id", id)
                        .getResultList());
    }

    private Initiative newInitiative() {
        var initiative = new Initiative(
                "オハイオ州半導体サプライチェーン対話",
                "Ohio semiconductor supply-chain dialogue",
                FiscalYear.of(2026),
                "test",
                Instant.parse("2026-05-01T00:00:00Z"));
        initiative.describe("州政府と日系企業の対話", "A dialogue of the state and Japanese companies");
        initiative.schedule(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 2, 28), FiscalYear.of(2026));
        initiative.classify(
                areas.findAllById(List.of("ECONOMIC_SECURITY")),
                sectors.findAllById(List.of("SEMICONDUCTORS", "AUTOMOTIVE")),
                approaches.findAllById(List.of("MANY_JAPANESE_COMPANIES")),
                tiers.findById("MODERATE").orElseThrow(),
                audiences.findAllById(List.of("KEY_OFFICIALS")));
        initiative.locate(false, states.findAllById(List.of("OH", "MI")));
        initiative.assignLead(missions.findById("CG-DTW").orElseThrow(), null);
        initiative.replacePartners(List.of(new Partner("Ohio Chamber (demo)", PartnerKind.PRIVATE)));
        initiative.replaceTargets(List.of(
                new Target("セミナー開催数", "Seminars held", "回", "seminars", BigDecimal.TEN, BigDecimal.valueOf(4))));
        return initiative;
    }
}
