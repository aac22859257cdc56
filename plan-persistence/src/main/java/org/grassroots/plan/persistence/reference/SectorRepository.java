package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.reference.Sector;
import org.grassroots.plan.core.reference.Sectors;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectorRepository extends JpaRepository<Sector, String>, Sectors {}
