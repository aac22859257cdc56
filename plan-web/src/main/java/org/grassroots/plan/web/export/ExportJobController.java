package org.grassroots.plan.web.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.grassroots.plan.persistence.export.ExportJobRow;
import org.grassroots.plan.persistence.export.ExportJobs;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Exports prepared in the background: the exports page sends its choices here to be confirmed, the export runs
 * while the user goes on, its page shows the bytes written so far and then a download link. Each user sees only
 * their own exports.
 */
@Controller
@RequestMapping("/exports/jobs")
@PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
class ExportJobController {

    private static final int LISTED = 20;

    private final ExportScopes scopes;
    private final ExportJobRunner runner;
    private final ExportJobs jobs;
    private final ExportAudit audit;
    private final MessageSource messages;
    private final Clock clock;

    ExportJobController(
            ExportScopes scopes,
            ExportJobRunner runner,
            ExportJobs jobs,
            ExportAudit audit,
            MessageSource messages,
            Clock clock) {
        this.scopes = scopes;
        this.runner = runner;
        this.jobs = jobs;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/new")
    public String confirm(
            @ModelAttribute("request") ExportRequest params, BindingResult binding, Locale locale, Model model) {
        ExportScope scope = scopes.resolve(params, binding, locale);
        model.addAttribute("period", new ExportText(messages, locale).period(scope.period()));
        model.addAttribute("fileLanguage", scope.language().getLanguage());
        model.addAttribute("kinds", EnumSet.allOf(ExportKind.class));
        return "exports/job-new";
    }

    @PostMapping
    public String start(
            @ModelAttribute("request") ExportRequest params,
            BindingResult binding,
            @RequestParam ExportKind kind,
            @AuthenticationPrincipal PortalPrincipal me,
            Locale locale,
            HttpServletRequest request) {
        ExportScope scope = scopes.resolve(params, binding, locale);
        String period = new ExportText(messages, locale).period(scope.period());
        UUID id = runner.start(kind, scope, me.username(), ExportAudit.parameters(request), period);
        return "redirect:/exports/jobs/" + id;
    }

    @GetMapping
    public String list(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        model.addAttribute("jobs", jobs.recent(me.username(), LISTED));
        model.addAttribute("now", clock.instant());
        return "exports/jobs";
    }

    @GetMapping("/{id}")
    public String job(@PathVariable UUID id, @AuthenticationPrincipal PortalPrincipal me, Model model) {
        model.addAttribute("job", mine(id, me));
        model.addAttribute("now", clock.instant());
        return "exports/job";
    }

    /** The state of an export for its page's script: running, done or failed, and the bytes written so far. */
    @GetMapping(value = "/{id}/status", produces = "application/json")
    @ResponseBody
    public Map<String, Object> status(@PathVariable UUID id, @AuthenticationPrincipal PortalPrincipal me) {
        ExportJobRow job = mine(id, me);
        var now = clock.instant();
        String state = job.done() ? "done" : job.failed(now) ? "failed" : "running";
        return Map.of("state", state, "bytes", job.bytesWritten());
    }

    @GetMapping("/{id}/file")
    public void file(
            @PathVariable UUID id,
            @AuthenticationPrincipal PortalPrincipal me,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportJobRow job = mine(id, me);
        if (!job.done()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The export is not ready");
        }
        ExportKind kind = ExportKind.valueOf(job.kind());
        audit.downloaded(me.username(), kind.file(), job.parameters(), request);
        response.setContentType(kind.type().toString());
        response.setContentLengthLong(job.bytesWritten());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ExportController.attachment(job.fileName()));
        try (OutputStream out = response.getOutputStream()) {
            jobs.copyFile(id, out);
        }
    }

    private ExportJobRow mine(UUID id, PortalPrincipal me) {
        return jobs.find(id, me.username()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
