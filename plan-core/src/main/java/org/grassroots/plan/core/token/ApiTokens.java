package org.grassroots.plan.core.token;

import java.util.Optional;

/** The issued API tokens. */
public interface ApiTokens {

    Optional<ApiToken> findById(Long id);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    <S extends ApiToken> S save(S token);
}
