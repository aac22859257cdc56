package org.grassroots.plan.persistence.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Picks the PostgreSQL every test runs on: {@code PLAN_TEST_DB_URL} if set, else a Testcontainers PostgreSQL 17
 * when a Docker engine answers, else the embedded PostgreSQL (a fresh throw-away one per application context).
 * A test that needs a database of its own whatever the run uses (the production start, which must not see the demo
 * users of the shared database) sets {@value #FRESH_DATABASE}{@code =true} and gets a throw-away embedded one.
 */
public class TestDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    public static final String FRESH_DATABASE = "plan.test.fresh-database";

    private static final String SOURCE_NAME = "planTestDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String externalUrl = System.getenv("PLAN_TEST_DB_URL");
        boolean fresh = environment.getProperty(FRESH_DATABASE, Boolean.class, false);
        if (!fresh && externalUrl != null && !externalUrl.isBlank()) {
            properties.put("spring.datasource.url", externalUrl);
            properties.put("spring.datasource.username", env("PLAN_TEST_DB_USERNAME", "postgres"));
            properties.put("spring.datasource.password", env("PLAN_TEST_DB_PASSWORD", ""));
            // The web tests load the demo data (db/demo) into the same database; the persistence tests, which do
            // not know that location, must not take its applied repeatable migration for a missing one.
            properties.put("spring.flyway.ignore-migration-patterns", "*:future,repeatable:missing");
        } else if (!fresh && SharedContainer.dockerAvailable()) {
            PostgreSQLContainer container = SharedContainer.get();
            properties.put("spring.datasource.url", container.getJdbcUrl());
            properties.put("spring.datasource.username", container.getUsername());
            properties.put("spring.datasource.password", container.getPassword());
        } else {
            properties.put("spring.datasource.url", "");
            properties.put("plan.embedded-db.data-dir", "");
            properties.put("plan.embedded-db.port", "0");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** One container for the whole test run, stopped by Testcontainers' reaper when the JVM exits. */
    private static final class SharedContainer {

        private static Boolean available;
        private static PostgreSQLContainer container;

        static synchronized boolean dockerAvailable() {
            if (available == null) {
                available = DockerClientFactory.instance().isDockerAvailable();
            }
            return available;
        }

        static synchronized PostgreSQLContainer get() {
            if (container == null) {
                container = new PostgreSQLContainer("postgres:17-alpine");
                container.start();
            }
            return container;
        }
    }
}
