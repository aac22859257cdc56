package org.grassroots.plan.core.reference;

import java.util.List;
import java.util.Optional;

/** The Audience reference data, in display order. */
public interface Audiences {

    List<Audience> findAllByOrderBySortOrderAsc();

    Optional<Audience> findById(String code);

    List<Audience> findAllById(Iterable<String> codes);
}
