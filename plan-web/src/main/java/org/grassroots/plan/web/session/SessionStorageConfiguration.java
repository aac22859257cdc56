package org.grassroots.plan.web.session;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions stay in PostgreSQL (any node serves any request, and they survive a restart) but cost one read per
 * request: attributes are written only when set (Spring Session's default save mode, flushed when the response
 * is committed), the last access time at most once a minute, and attributes with PostgreSQL's upsert so that
 * parallel requests of one session that set the same attribute never collide on its key (ADR 0009).
 */
@Configuration(proxyBeanMethods = false)
class SessionStorageConfiguration {

    /** How stale the stored last access time may get; sessions last 8 hours, so a minute is immaterial. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor lazyTouchSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc
                        ? new LazyTouchSessionRepository(jdbc, TOUCH_INTERVAL)
                        : bean;
            }
        };
    }
}
