package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.reference.Audience;
import org.grassroots.plan.core.reference.Audiences;
import org.springframework.data.jpa.repository.JpaRepository;

interface AudienceRepository extends JpaRepository<Audience, String>, Audiences {}
