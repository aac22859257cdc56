package org.grassroots.plan.persistence.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.assertj.core.groups.Tuple;
import org.grassroots.plan.core.reference.MissionJurisdictions;
import org.grassroots.plan.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class JurisdictionTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MissionJurisdictions jurisdictions;

    @Test
    void everyStateAndTerritoryHasAtLeastOneMission() {
        var uncovered = jdbc.sql("""
                        SELECT s.code FROM us_state s
                        WHERE NOT EXISTS (SELECT 1 FROM mission_jurisdiction j WHERE j.state_code = s.code)""").query(String.class).list();

        assertThat(uncovered).isEmpty();
    }

    @Test
    void jurisdictionsMatchMissionsCsvWithSourceAndConfidence() throws IOException {
        List<Tuple> expected;
        try (var reader =
                new InputStreamReader(getClass().getResourceAsStream("/plan/missions.csv"), StandardCharsets.UTF_8)) {
            expected = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .flatMap(row -> List.of(row.get("state_or_territory_codes").split(";")).stream()
                            .map(state ->
                                    tuple(row.get("mission_code"), state, row.get("source"), row.get("confidence"))))
                    .toList();
        }

        var actual = jdbc.sql("SELECT mission_code, state_code, source, confidence FROM mission_jurisdiction")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();

        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void californiaIsSplitByCountyBetweenLosAngelesAndSanFrancisco() {
        var losAngeles =
                jurisdictions.findByMissionCodeAndStateCode("CG-LAX", "CA").orElseThrow();
        var sanFrancisco =
                jurisdictions.findByMissionCodeAndStateCode("CG-SFO", "CA").orElseThrow();

        assertThat(losAngeles.isWholeState()).isFalse();
        assertThat(losAngeles.getCounties())
                .extracting("name")
                .contains("Los Angeles", "San Diego")
                .hasSize(9);
        assertThat(sanFrancisco.getCounties())
                .extracting("name")
                .contains("San Francisco", "Alameda")
                .hasSize(49);
        assertThat(losAngeles.getCounties()).doesNotContainAnyElementsOf(sanFrancisco.getCounties());
    }

    @Test
    void connecticutsFairfieldCountyBelongsToNewYork() {
        var newYork =
                jurisdictions.findByMissionCodeAndStateCode("CG-NYC", "CT").orElseThrow();
        var boston = jurisdictions.findByMissionCodeAndStateCode("CG-BOS", "CT").orElseThrow();

        assertThat(newYork.getCounties()).extracting("name").containsExactly("Fairfield");
        assertThat(boston.getCounties()).hasSize(7).extracting("name").doesNotContain("Fairfield");
    }

    @Test
    void marylandAndVirginiaAreTheEmbassysAndTheMarianasHaveTwoMissions() {
        assertThat(jurisdictions.findByStateCode("MD"))
                .extracting(j -> j.getMission().getCode())
                .containsExactly("EMB-WDC");
        assertThat(jurisdictions.findByStateCode("MP"))
                .extracting(j -> j.getMission().getCode())
                .containsExactlyInAnyOrder("CG-HGT", "CO-SPN");
    }
}
