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
        downloaded(username, file, parameters(request), request);
    }

    /** A download of a file prepared earlier, with the parameters it was prepared with. */
    void downloaded(String username, String file, String parameters, HttpServletRequest request) {
        audit.record(
                SecurityEventType.EXPORT_DOWNLOADED,
                username,
                username,
                file + (parameters.isEmpty() ? "" : "?" + parameters),
                request.getRemoteAddr());
    }

    /** The export's parameters in name order, without the form's token and the choice of file. */
    static String parameters(HttpServletRequest request) {
        return new TreeMap<>(request.getParameterMap())
                .entrySet().stream()
                        .filter(p -> !p.getKey().equals("_csrf") && !p.getKey().equals("kind"))
                        .map(p -> p.getKey() + "=" + String.join(",", p.getValue()))
                        .collect(Collectors.joining("&"));
    }

    void issued(String actor, String quarter) {
        audit.record(SecurityEventType.SUMMARY_ISSUED, null, actor, quarter, null);
    }
}
