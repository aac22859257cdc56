package org.grassroots.plan.core.initiative;

import java.util.Optional;

/** All initiatives. */
public interface Initiatives {

    Optional<Initiative> findById(Long id);

    <S extends Initiative> S save(S initiative);
}
