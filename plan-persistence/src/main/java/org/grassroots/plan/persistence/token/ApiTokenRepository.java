package org.grassroots.plan.persistence.token;

import org.grassroots.plan.core.token.ApiToken;
import org.grassroots.plan.core.token.ApiTokens;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long>, ApiTokens {}
