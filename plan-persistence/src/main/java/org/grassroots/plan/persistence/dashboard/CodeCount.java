package org.grassroots.plan.persistence.dashboard;

import org.jspecify.annotations.Nullable;

/** A count for one code (a state, a priority area, a tier, an audience or a status); null code = not given. */
public record CodeCount(@Nullable String code, long count) {}
