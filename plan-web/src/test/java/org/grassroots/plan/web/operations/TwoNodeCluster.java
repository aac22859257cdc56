package org.grassroots.plan.web.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.grassroots.plan.PlanPortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Two portal nodes (demo profile, random ports) on one PostgreSQL of their own, which a test may stop and start
 * again under the running nodes: same port, same data. The shared test database of {@code @WebIntegrationTest}
 * is not touched. This is the suite's one extra application configuration.
 */
final class TwoNodeCluster implements AutoCloseable {

    private final Path dataDir;
    private final int databasePort;
    private EmbeddedPostgres postgres;
    final ConfigurableApplicationContext nodeA;
    final ConfigurableApplicationContext nodeB;

    /** Starts the database, then both nodes at once, so that both run Flyway on the empty database together. */
    TwoNodeCluster() throws Exception {
        dataDir = Files.createTempDirectory("plan-two-nodes");
        databasePort = freePort();
        postgres = startDatabaseOnce();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE plan");
        }
        var starter = Executors.newFixedThreadPool(2);
        // Logging is one per JVM and Boot's set-up of it is not safe for two applications starting at once in one
        // JVM (it failed now and then with "Unknown format 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'"); the
        // nodes keep the test run's logging instead.
        String loggingSystem = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            Callable<ConfigurableApplicationContext> node = this::startNode;
            var a = starter.submit(node);
            var b = starter.submit(node);
            nodeA = a.get();
            nodeB = b.get();
        } catch (ExecutionException e) {
            postgres.close();
            throw e;
        } finally {
            starter.shutdown();
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    void stopDatabase() throws IOException {
        postgres.close();
    }

    void startDatabase() throws IOException {
        postgres = startDatabaseOnce();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + databasePort + "/plan";
    }

    @Override
    public void close() throws IOException {
        if (nodeA.isActive()) {
            nodeA.close();
        }
        nodeB.close();
        postgres.close();
    }

    private EmbeddedPostgres startDatabaseOnce() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .start();
    }

    private ConfigurableApplicationContext startNode() {
        Map<String, Object> settings = Map.of(
                "spring.datasource.url", jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "server.port", "0",
                "spring.lifecycle.timeout-per-shutdown-phase", "5s");
        ApplicationListener<ApplicationEnvironmentPreparedEvent> database = event ->
                event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("twoNodes", settings));
        return new SpringApplicationBuilder(PlanPortalApplication.class)
                .profiles("demo")
                .listeners(database)
                .run();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
