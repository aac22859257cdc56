package org.grassroots.plan.core.token;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Issues a token for a user, named so that its holder and the administrators recognise it, valid through the end
 * of {@code expiresOn} (Tokyo time), by an administrator (username) from an address.
 */
public record IssueApiToken(
        Long userId,
        String name,
        Set<ApiScope> scopes,
        LocalDate expiresOn,
        String administrator,
        @Nullable String remoteAddress) {

    public IssueApiToken {
        scopes = Set.copyOf(scopes);
    }
}
