package org.grassroots.plan.core.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.grassroots.plan.core.audit.SecurityAudit;
import org.grassroots.plan.core.audit.SecurityEventType;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.user.UserNotFoundException;
import org.grassroots.plan.core.user.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, revokes and checks personal access tokens. A token is 32 random bytes (256 bits) from {@link
 * SecureRandom}, Base64url-encoded behind a {@value #PREFIX} prefix; only its SHA-256 is stored, so a leaked
 * database does not leak usable tokens, and a slow password hash is not needed for a value of this entropy.
 * Issuing and revoking are written to the security audit log in the same transaction.
 */
@Service
@Transactional
public class ApiTokenManagement {

    static final String PREFIX = "gpp_";
    private static final int TOKEN_BYTES = 32;

    private final ApiTokens tokens;
    private final Users users;
    private final SecurityAudit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokenManagement(ApiTokens tokens, Users users, SecurityAudit audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public IssuedApiToken issue(IssueApiToken command) {
        var user = users.findById(command.userId()).orElseThrow(() -> new UserNotFoundException(command.userId()));
        var bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var expiresAt =
                command.expiresOn().plusDays(1).atStartOfDay(FiscalYear.HQ_ZONE).toInstant();
        var saved = tokens.save(new ApiToken(
                user, command.name(), hash(token), command.scopes(), now, command.administrator(), expiresAt));
        audit.record(
                SecurityEventType.API_TOKEN_ISSUED,
                user.getUsername(),
                command.administrator(),
                "token " + saved.getId() + " \"" + command.name() + "\" " + saved.getScopes() + " until "
                        + command.expiresOn(),
                command.remoteAddress());
        return new IssuedApiToken(saved.getId(), token);
    }

    public void revoke(Long id, String administrator, @Nullable String remoteAddress) {
        var token = tokens.findById(id).orElseThrow(() -> new ApiTokenNotFoundException(id));
        if (token.getRevokedAt() != null) {
            return;
        }
        token.revoke(administrator, clock.instant());
        audit.record(
                SecurityEventType.API_TOKEN_REVOKED,
                token.getUser().getUsername(),
                administrator,
                "token " + id + " \"" + token.getName() + "\"",
                remoteAddress);
    }

    /** Who the presented token acts for, if it is a valid token of an enabled user; notes its use. */
    public Optional<TokenBearer> authenticate(@Nullable String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        var presentedHash = hash(presented);
        var now = clock.instant();
        return tokens.findByTokenHash(presentedHash)
                .filter(token -> MessageDigest.isEqual(
                        token.getTokenHash().getBytes(StandardCharsets.US_ASCII),
                        presentedHash.getBytes(StandardCharsets.US_ASCII)))
                .filter(token -> token.isValidAt(now))
                .map(token -> {
                    token.usedAt(now);
                    var user = token.getUser();
                    return new TokenBearer(
                            token.getId(),
                            user.getId(),
                            user.getUsername(),
                            user.getDisplayName(),
                            user.getRole(),
                            user.getMission() == null ? null : user.getMission().getCode(),
                            token.getScopes());
                });
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
