package org.grassroots.plan.web.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Wraps the JDBC session repository so that its sessions are written only when they changed: an attribute set or
 * removed, a new id, or a last access time at least {@code touchInterval} newer than the stored one. Spring
 * Session otherwise moves the last access time, and so updates the session row, on every request.
 */
final class LazyTouchSessionRepository implements FindByIndexNameSessionRepository<LazyTouchSession>, DisposableBean {

    private final FindByIndexNameSessionRepository<Session> jdbc;
    private final DisposableBean stored;
    private final Duration touchInterval;

    @SuppressWarnings("unchecked")
    LazyTouchSessionRepository(JdbcIndexedSessionRepository jdbc, Duration touchInterval) {
        this.jdbc = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
        this.stored = jdbc;
        this.touchInterval = touchInterval;
    }

    /** Stops the wrapped repository's clean-up of expired sessions with the application. */
    @Override
    public void destroy() throws Exception {
        stored.destroy();
    }

    @Override
    public LazyTouchSession createSession() {
        return new LazyTouchSession(jdbc.createSession(), touchInterval);
    }

    @Override
    public void save(LazyTouchSession session) {
        jdbc.save(session.stored());
    }

    @Override
    public @Nullable LazyTouchSession findById(String id) {
        Session stored = jdbc.findById(id);
        return stored == null ? null : new LazyTouchSession(stored, touchInterval);
    }

    @Override
    public void deleteById(String id) {
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, LazyTouchSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        var sessions = new LinkedHashMap<String, LazyTouchSession>();
        jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> sessions.put(id, new LazyTouchSession(stored, touchInterval)));
        return sessions;
    }
}
