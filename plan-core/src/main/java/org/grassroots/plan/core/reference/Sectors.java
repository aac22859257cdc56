package org.grassroots.plan.core.reference;

import java.util.List;
import java.util.Optional;

/** The Sector reference data, in display order. */
public interface Sectors {

    List<Sector> findAllByOrderBySortOrderAsc();

    Optional<Sector> findById(String code);

    List<Sector> findAllById(Iterable<String> codes);
}
