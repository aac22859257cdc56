package org.grassroots.plan.core.token;

/** A token just issued: its id and the token itself, which is shown this once and never stored. */
public record IssuedApiToken(Long id, String token) {}
