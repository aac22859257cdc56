package org.grassroots.plan.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the security audit log. Written once, never changed. */
@Entity
@Table(name = "security_audit_event")
public class SecurityAuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false)
    private SecurityEventType type;

    @Column(updatable = false)
    private @Nullable String username;

    @Column(updatable = false)
    private @Nullable String actor;

    @Column(updatable = false)
    private @Nullable String detail;

    @Column(name = "remote_address", updatable = false)
    private @Nullable String remoteAddress;

    protected SecurityAuditEvent() {}

    SecurityAuditEvent(
            Instant occurredAt,
            SecurityEventType type,
            @Nullable String username,
            @Nullable String actor,
            @Nullable String detail,
            @Nullable String remoteAddress) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = truncate(username, 100);
        this.actor = truncate(actor, 100);
        this.detail = truncate(detail, 1000);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public @Nullable String getActor() {
        return actor;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable String getRemoteAddress() {
        return remoteAddress;
    }
}
