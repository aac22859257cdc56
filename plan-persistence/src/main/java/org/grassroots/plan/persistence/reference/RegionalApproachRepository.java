package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.reference.RegionalApproach;
import org.grassroots.plan.core.reference.RegionalApproaches;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionalApproachRepository extends JpaRepository<RegionalApproach, String>, RegionalApproaches {}
