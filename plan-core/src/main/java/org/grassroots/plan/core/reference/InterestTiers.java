package org.grassroots.plan.core.reference;

import java.util.List;
import java.util.Optional;

/** The InterestTier reference data, in display order. */
public interface InterestTiers {

    List<InterestTier> findAllByOrderBySortOrderAsc();

    Optional<InterestTier> findById(String code);

    List<InterestTier> findAllById(Iterable<String> codes);
}
