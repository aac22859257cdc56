package org.grassroots.plan.web.admin;

import java.time.ZonedDateTime;
import java.util.Arrays;
import org.grassroots.plan.core.audit.SecurityEventType;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.audit.AuditEntryRow;
import org.grassroots.plan.persistence.audit.AuditPage;
import org.grassroots.plan.persistence.audit.SecurityAuditQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security audit log for administrators: newest first, 50 a page, filtered by user and event type. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class SecurityAuditController {

    static final int PAGE_SIZE = 50;
    /** Times are shown in Japan Standard Time, the ministry's time zone; the column header says so. */
    private final SecurityAuditQueries audit;

    SecurityAuditController(SecurityAuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(
            @RequestParam(name = "user", required = false) @Nullable String user,
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        String knownType = Arrays.stream(SecurityEventType.values())
                .map(Enum::name)
                .filter(name -> name.equals(type))
                .findFirst()
                .orElse(null);
        AuditPage result = audit.page(user, knownType, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute(
                "entries", result.entries().stream().map(AuditEntryView::new).toList());
        model.addAttribute("types", SecurityEventType.values());
        model.addAttribute("user", user);
        model.addAttribute("type", knownType);
        return "admin/audit";
    }

    /** An audit entry with its time in the display zone. */
    record AuditEntryView(AuditEntryRow row, ZonedDateTime occurredAt) {
        AuditEntryView(AuditEntryRow row) {
            this(row, row.occurredAt().atZone(FiscalYear.HQ_ZONE));
        }
    }
}
