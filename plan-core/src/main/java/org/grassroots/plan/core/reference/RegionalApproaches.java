package org.grassroots.plan.core.reference;

import java.util.List;
import java.util.Optional;

/** The RegionalApproach reference data, in display order. */
public interface RegionalApproaches {

    List<RegionalApproach> findAllByOrderBySortOrderAsc();

    Optional<RegionalApproach> findById(String code);

    List<RegionalApproach> findAllById(Iterable<String> codes);
}
