package org.grassroots.plan.web.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;

/**
 * A stored session whose last access time moves only when the stored one is at least {@code touchInterval} old,
 * so that a request that changes nothing in the session does not write it.
 */
final class LazyTouchSession implements Session {

    private final Session stored;
    private final Duration touchInterval;

    LazyTouchSession(Session stored, Duration touchInterval) {
        this.stored = stored;
        this.touchInterval = touchInterval;
    }

    Session stored() {
        return stored;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(touchInterval) >= 0) {
            stored.setLastAccessedTime(lastAccessedTime);
        }
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        return stored.changeSessionId();
    }

    @Override
    public <T> @Nullable T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, @Nullable Object attributeValue) {
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
