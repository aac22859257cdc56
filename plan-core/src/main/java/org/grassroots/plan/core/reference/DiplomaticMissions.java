package org.grassroots.plan.core.reference;

import java.util.List;
import java.util.Optional;

/** Japan's diplomatic missions in the U.S. */
public interface DiplomaticMissions {

    List<DiplomaticMission> findAllByOrderBySortOrderAsc();

    Optional<DiplomaticMission> findById(String code);
}
