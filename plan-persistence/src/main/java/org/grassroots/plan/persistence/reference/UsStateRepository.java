package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.reference.UsState;
import org.grassroots.plan.core.reference.UsStates;
import org.springframework.data.jpa.repository.JpaRepository;

interface UsStateRepository extends JpaRepository<UsState, String>, UsStates {}
