package org.grassroots.plan.web.export;

import jakarta.servlet.http.HttpServletRequest;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.grassroots.plan.core.audit.SecurityAudit;
import org.grassroots.plan.core.audit.SecurityEventType;
import org.springframework.stereotype.Component;

/** Writes every export and every issued summary to the audit log: who, which file with which parameters, when. */
@Component
class ExportAudit {

    private final SecurityAudit audit;

    ExportAudit(SecurityAudit audit) {
        this.audit = audit;
    }

    void downloaded(String username, String file, HttpServletRequest request) {
        String parameters = new TreeMap<>(request.getParameterMap())
                .entrySet().stream()
                        .map(p -> p.getKey() + "=" + String.join(",", p.getValue()))
                        .collect(Collectors.joining("&"));
        audit.record(
                SecurityEventType.EXPORT_DOWNLOADED,
                username,
                username,
                file + (parameters.isEmpty() ? "" : "?" + parameters),
                request.getRemoteAddr());
    }

    void issued(String actor, String quarter) {
        audit.record(SecurityEventType.SUMMARY_ISSUED, null, actor, quarter, null);
    }
}
