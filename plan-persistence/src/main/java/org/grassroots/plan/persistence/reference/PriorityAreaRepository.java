package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.reference.PriorityArea;
import org.grassroots.plan.core.reference.PriorityAreas;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityAreaRepository extends JpaRepository<PriorityArea, String>, PriorityAreas {}
