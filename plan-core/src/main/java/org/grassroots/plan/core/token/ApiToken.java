package org.grassroots.plan.core.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.plan.core.shared.AbstractEntity;
import org.grassroots.plan.core.user.AppUser;
import org.jspecify.annotations.Nullable;

/**
 * A personal access token of a user for the JSON API. Only the SHA-256 of the token is kept; it is valid until it
 * expires or an administrator revokes it, and only while its user is enabled.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String scopes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable String revokedBy;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    protected ApiToken() {}

    ApiToken(
            AppUser user,
            String name,
            String tokenHash,
            Set<ApiScope> scopes,
            Instant createdAt,
            String createdBy,
            Instant expiresAt) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one scope");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token must expire after it is issued");
        }
        this.user = user;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scopes = EnumSet.copyOf(scopes).stream().map(Enum::name).collect(Collectors.joining(","));
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** True while the token is neither revoked nor expired and its user is enabled. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && user.isEnabled();
    }

    void revoke(String administrator, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = administrator;
        }
    }

    /** Notes a use; written at most once a minute so that a busy client does not write on every request. */
    void usedAt(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
        }
    }

    public Set<ApiScope> getScopes() {
        var set = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(scopes.split(",")).map(ApiScope::valueOf).forEach(set::add);
        return set;
    }

    public AppUser getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }
}
