package org.grassroots.plan.persistence.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.grassroots.plan.persistence.PersistenceTest;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The list query on committed rows, through a data source proxy that counts the statements it sends. */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class InitiativeListQueriesTests {

    private static final String MARKER = "統計テスト";

    @Autowired
    DataSource dataSource;

    final AtomicInteger statements = new AtomicInteger();
    JdbcClient jdbc;
    InitiativeListQueries query;

    @BeforeEach
    void countStatements() {
        DataSource counting = ProxyDataSourceBuilder.create(dataSource)
                .listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

                    @Override
                    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                        statements.addAndGet(queryInfoList.size());
                    }
                })
                .build();
        jdbc = JdbcClient.create(counting);
        query = new InitiativeListQueries(jdbc);
    }

    @AfterEach
    void removeRows() {
        JdbcClient.create(dataSource)
                .sql("DELETE FROM initiative WHERE title_ja LIKE :marker")
                .param("marker", MARKER + "%")
                .update();
    }

    @Test
    void aPageCostsTwoStatementsWhateverTheNumberOfRows() {
        insert(3);
        var filter = new InitiativeFilter(MARKER, null, null, null, null, null, null, null, null, null, false, false);

        statements.set(0);
        var small = query.find(filter, InitiativeSort.TITLE, false, 1, 100, Locale.JAPANESE);
        int forThree = statements.get();

        insert(60);
        statements.set(0);
        var large = query.find(filter, InitiativeSort.TITLE, false, 1, 100, Locale.JAPANESE);

        assertThat(small.rows()).hasSize(3);
        assertThat(large.rows()).hasSize(63);
        assertThat(large.total()).isEqualTo(63);
        assertThat(large.rows()).allSatisfy(row -> {
            assertThat(row.priorityAreas()).extracting(CodeLabel::code).containsExactly("ECONOMIC_SECURITY");
            assertThat(row.states()).extracting(CodeLabel::code).containsExactly("MI", "OH");
        });
        assertThat(forThree).isEqualTo(2);
        assertThat(statements.get()).isEqualTo(2);
    }

    @Test
    void findsJapaneseTextBySubstringAndCombinesFilters() {
        insert(2);
        var byWord = new InitiativeFilter("半導体", null, null, "OH", null, null, null, null, null, null, false, false);
        var page = query.find(byWord, InitiativeSort.UPDATED, true, 1, 20, Locale.JAPANESE);
        assertThat(page.rows()).extracting(InitiativeRow::titleJa).anyMatch(title -> title.startsWith(MARKER));

        var otherState = new InitiativeFilter(
                MARKER + " 半導体", null, null, "TX", null, null, null, null, null, null, false, false);
        assertThat(query.find(otherState, InitiativeSort.UPDATED, true, 1, 20, Locale.JAPANESE)
                        .total())
                .isZero();

        var pillar = new InitiativeFilter(
                MARKER, "GROWTH_COOPERATION", null, null, null, null, null, null, null, null, false, false);
        assertThat(query.find(pillar, InitiativeSort.TITLE, false, 1, 20, Locale.ENGLISH)
                        .total())
                .isEqualTo(2);
    }

    @Test
    void pagesAreCountedAndLimited() {
        insert(5);
        var filter = new InitiativeFilter(MARKER, null, null, null, null, null, null, null, null, null, false, false);
        var second = query.find(filter, InitiativeSort.TITLE, false, 2, 2, Locale.JAPANESE);
        assertThat(second.rows()).hasSize(2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(second.firstRow()).isEqualTo(3);
    }

    private void insert(int count) {
        var db = JdbcClient.create(dataSource);
        List<Long> ids = db.sql("""
                        INSERT INTO initiative (title_ja, title_en, summary_ja, status, fiscal_year, lead_mission_code)
                        SELECT :marker || '半導体対話' || g, 'Semiconductor dialogue ' || g, '州政府との対話',
                               'PLANNED', 2026, 'CG-DTW'
                          FROM generate_series(1, :count) g
                        RETURNING id
                        """)
                .param("marker", MARKER)
                .param("count", count)
                .query(Long.class)
                .list();
        for (Long id : ids) {
            db.sql("INSERT INTO initiative_priority_area VALUES (:id, 'ECONOMIC_SECURITY')")
                    .param("id", id)
                    .update();
            db.sql("INSERT INTO initiative_state VALUES (:id, 'OH'), (:id, 'MI')")
                    .param("id", id)
                    .update();
        }
    }
}
