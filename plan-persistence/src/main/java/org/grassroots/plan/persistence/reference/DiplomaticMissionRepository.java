package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.reference.DiplomaticMission;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiplomaticMissionRepository extends JpaRepository<DiplomaticMission, String>, DiplomaticMissions {}
