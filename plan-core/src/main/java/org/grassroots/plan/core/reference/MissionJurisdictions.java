package org.grassroots.plan.core.reference;

import java.util.List;
import java.util.Optional;

/** Which mission covers which state (or which counties of it). */
public interface MissionJurisdictions {

    List<MissionJurisdiction> findByMissionCode(String missionCode);

    Optional<MissionJurisdiction> findByMissionCodeAndStateCode(String missionCode, String stateCode);

    List<MissionJurisdiction> findByStateCode(String stateCode);
}
