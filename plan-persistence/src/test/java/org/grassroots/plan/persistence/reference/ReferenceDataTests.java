package org.grassroots.plan.persistence.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.grassroots.plan.persistence.PersistenceTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class ReferenceDataTests {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} matches taxonomy.md")
    @CsvSource({
        "Sectors, sector, 0, 1",
        "Regional approaches, regional_approach, 0, 1",
        "Audience interest tiers, interest_tier, 0, 1",
        "Audiences, audience, 0, 1",
        "Pillars and priority areas, priority_area, 2, 3"
    })
    void labelledCodesMatchTheTaxonomy(String heading, String table, int jaColumn, int enColumn) throws IOException {
        List<Tuple> expected = Taxonomy.load().section(heading).stream()
                .map(row -> tuple(row.code(), row.cell(jaColumn), row.cell(enColumn)))
                .toList();

        List<Tuple> actual = jdbc.sql("SELECT code, label_ja, label_en FROM " + table + " ORDER BY sort_order")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "the test copy of {0} is the shared one")
    @CsvSource({"taxonomy.md", "missions.csv"})
    void testCopiesMatchTheSharedPlanWhereItIsAvailable(String file) throws IOException {
        Path shared = Path.of("..", "..", "shared", "plan", file);
        Assumptions.assumeTrue(Files.exists(shared), "shared/plan is not beside the checkout");
        try (var copy = getClass().getResourceAsStream("/plan/" + file)) {
            assertThat(new String(copy.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(shared));
        }
    }

    @Test
    void priorityAreasFormThePlansPillars() {
        var leaves = jdbc.sql("SELECT code FROM priority_area WHERE leaf ORDER BY sort_order")
                .query(String.class)
                .list();
        var parents = jdbc.sql(
                        "SELECT code, parent_code FROM priority_area WHERE parent_code IS NOT NULL ORDER BY code")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
                .list();

        assertThat(leaves)
                .containsExactly("SCIENCE_TECH", "ECONOMIC_SECURITY", "ENERGY", "GROWTH_TALENT", "PUBLIC_AWARENESS");
        assertThat(parents)
                .containsExactly(
                        tuple("ECONOMIC_SECURITY", "GROWTH_COOPERATION"),
                        tuple("ENERGY", "GROWTH_COOPERATION"),
                        tuple("SCIENCE_TECH", "GROWTH_COOPERATION"));
    }

    @Test
    void sectorsAreLinkedToTheAreasThePlanNamesThemUnder() throws IOException {
        var areaByNumber = jdbc.sql("SELECT plan_number, code FROM priority_area")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
                .list();
        List<Tuple> expected = Taxonomy.load().section("Sectors").stream()
                .flatMap(row -> List.of(row.cell(2).split(",")).stream()
                        .map(String::trim)
                        .map(number -> tuple(row.code(), areaCode(areaByNumber, number))))
                .toList();

        var actual = jdbc.sql("SELECT sector_code, priority_area_code FROM sector_priority_area")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
                .list();

        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void planRevisionsMatchTheTaxonomyAndFourIsCurrent() throws IOException {
        List<Tuple> expected = Taxonomy.load().section("Plan revisions").stream()
                .map(row -> tuple(row.code(), row.cell(0)))
                .toList();

        var actual = jdbc.sql("SELECT code, adopted_on::text FROM plan_revision ORDER BY adopted_on")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
                .list();
        var current = jdbc.sql("SELECT code FROM plan_revision WHERE current")
                .query(String.class)
                .single();

        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(current).isEqualTo("AP-4.0");
    }

    @Test
    void statesDistrictAndTerritoriesAreAllThereWithBothNames() {
        var kinds = jdbc.sql("SELECT kind, count(*) FROM us_state GROUP BY kind ORDER BY kind")
                .query((rs, n) -> tuple(rs.getString(1), rs.getInt(2)))
                .list();
        int unnamed = jdbc.sql("SELECT count(*) FROM us_state WHERE btrim(name_ja) = '' OR btrim(name_en) = ''")
                .query(Integer.class)
                .single();

        assertThat(kinds).containsExactly(tuple("DISTRICT", 1), tuple("STATE", 50), tuple("TERRITORY", 5));
        assertThat(unnamed).isZero();
    }

    private static String areaCode(List<Tuple> areaByNumber, String number) {
        return areaByNumber.stream()
                .filter(t -> t.toList().get(0).equals(number))
                .map(t -> (String) t.toList().get(1))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No priority area numbered " + number));
    }
}
