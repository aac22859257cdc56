package org.grassroots.plan.persistence.initiative;

import org.grassroots.plan.core.initiative.Initiative;
import org.grassroots.plan.core.initiative.Initiatives;
import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeRepository extends JpaRepository<Initiative, Long>, Initiatives {}
