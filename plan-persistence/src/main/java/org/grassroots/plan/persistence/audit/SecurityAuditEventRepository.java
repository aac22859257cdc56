package org.grassroots.plan.persistence.audit;

import org.grassroots.plan.core.audit.SecurityAuditEvent;
import org.grassroots.plan.core.audit.SecurityAuditEvents;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityAuditEventRepository extends JpaRepository<SecurityAuditEvent, Long>, SecurityAuditEvents {}
