package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.reference.InterestTier;
import org.grassroots.plan.core.reference.InterestTiers;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterestTierRepository extends JpaRepository<InterestTier, String>, InterestTiers {}
