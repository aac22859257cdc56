package org.grassroots.plan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every SQL file of {@code db/migration} is a migration Flyway recognises and has applied successfully. Flyway
 * silently skips a file whose name does not follow its pattern (say {@code V5_add_x.sql}, one underscore), so the
 * file names are checked against the schema history rather than against Flyway's own view of them.
 */
@PersistenceTest
class MigrationsTests {

    private static final String VERSIONED = "V[1-9][0-9]*__[a-z0-9]+(_[a-z0-9]+)*\\.sql";

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationFileIsNamedForFlywayAndAppliedSuccessfully() throws IOException {
        var files = Arrays.stream(
                        new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql"))
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .toList();
        var applied = jdbc.sql("SELECT script FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                .query(String.class)
                .list();

        assertThat(files).isNotEmpty().allSatisfy(name -> assertThat(name).matches(VERSIONED));
        assertThat(applied).containsAll(files);
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void runsOnPostgresql() {
        String version = jdbc.sql("SELECT version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
    }
}
