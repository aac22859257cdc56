package org.grassroots.plan.core.reference;

import java.util.List;
import java.util.Optional;

/** The PriorityArea reference data, in display order. */
public interface PriorityAreas {

    List<PriorityArea> findAllByOrderBySortOrderAsc();

    Optional<PriorityArea> findById(String code);

    List<PriorityArea> findAllById(Iterable<String> codes);
}
