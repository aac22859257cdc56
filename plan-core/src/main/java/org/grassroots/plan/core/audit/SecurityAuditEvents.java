package org.grassroots.plan.core.audit;

/** The security audit log's storage. */
public interface SecurityAuditEvents {

    <S extends SecurityAuditEvent> S save(S event);
}
