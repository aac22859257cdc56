package org.grassroots.plan.core.reference;

import java.util.List;
import java.util.Optional;

/** U.S. states, the District of Columbia and the territories. */
public interface UsStates {

    List<UsState> findAllByOrderByCodeAsc();

    Optional<UsState> findById(String code);

    List<UsState> findAllById(Iterable<String> codes);
}
