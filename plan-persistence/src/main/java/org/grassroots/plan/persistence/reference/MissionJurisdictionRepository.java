package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.reference.MissionJurisdiction;
import org.grassroots.plan.core.reference.MissionJurisdictions;
import org.springframework.data.jpa.repository.JpaRepository;

interface MissionJurisdictionRepository extends JpaRepository<MissionJurisdiction, Long>, MissionJurisdictions {}
