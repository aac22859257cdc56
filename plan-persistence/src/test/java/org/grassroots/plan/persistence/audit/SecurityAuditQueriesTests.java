package org.grassroots.plan.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.grassroots.plan.persistence.PersistenceTest;
import org.grassroots.plan.persistence.shared.CappedCount;
import org.grassroots.plan.persistence.shared.StatementCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log page: two statements with few and with many entries; beyond the cap the total says "more". */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SecurityAuditQueriesTests {

    @Autowired
    DataSource dataSource;

    JdbcClient plain;
    StatementCounter counter;
    SecurityAuditQueries audit;
    String user;

    @BeforeEach
    void setUp() {
        plain = JdbcClient.create(dataSource);
        counter = new StatementCounter(dataSource);
        audit = new SecurityAuditQueries(counter.jdbc());
        user = "audit-" + UUID.randomUUID();
    }

    @AfterEach
    void removeRows() {
        plain.sql("DELETE FROM security_audit_event WHERE username = :user")
                .param("user", user)
                .update();
    }

    @Test
    void aPageCostsTwoStatementsAndCountsUpToTheCap() {
        insert(3);
        int few = counter.count(() -> audit.page(user, null, 0, 50));
        var small = audit.page(user.toUpperCase(), "SIGN_IN", 0, 50);

        insert(CappedCount.CAP + 10);
        int many = counter.count(() -> audit.page(user, null, 0, 50));
        var large = audit.page(user, null, 0, 50);
        var beyondTheLastPage = audit.page(user, null, 100_000, 50);

        assertThat(few).isEqualTo(2);
        assertThat(many).isEqualTo(few);
        assertThat(small.total()).isEqualTo(3);
        assertThat(small.totalCapped()).isFalse();
        assertThat(large.total()).isEqualTo(CappedCount.CAP);
        assertThat(large.totalCapped()).isTrue();
        assertThat(large.entries()).hasSize(50);
        assertThat(large.entries().get(0).occurredAt())
                .isAfterOrEqualTo(large.entries().get(49).occurredAt());
        assertThat(beyondTheLastPage.page()).isEqualTo(large.totalPages() - 1);
    }

    private void insert(int n) {
        plain.sql("""
                        INSERT INTO security_audit_event (occurred_at, event_type, username, actor, detail)
                        SELECT TIMESTAMPTZ '2020-01-01 00:00+00' + g * INTERVAL '1 minute', 'SIGN_IN', :user, :user, 'test'
                        FROM generate_series(1, :n) AS g""").param("user", user).param("n", n).update();
    }
}
