package org.grassroots.plan.web.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.TreeSet;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.initiative.InitiativeOptionsQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The exports page and its downloads, for HQ editors and administrators. CSV and XLSX stream straight to the
 * response while the rows are read; the PDF, a few pages, is rendered whole. Every download is audited.
 */
@Controller
@RequestMapping("/exports")
@PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
class ExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ExportScopes scopes;
    private final ExportWriter writer;
    private final ProgressPdf pdf;
    private final ExportAudit audit;
    private final InitiativeOptionsQueries options;
    private final ReportFormOptions revisions;
    private final Clock clock;

    ExportController(
            ExportScopes scopes,
            ExportWriter writer,
            ProgressPdf pdf,
            ExportAudit audit,
            InitiativeOptionsQueries options,
            ReportFormOptions revisions,
            Clock clock) {
        this.scopes = scopes;
        this.writer = writer;
        this.pdf = pdf;
        this.audit = audit;
        this.options = options;
        this.revisions = revisions;
        this.clock = clock;
    }

    @GetMapping
    public String page(Model model) {
        var choices = options.options();
        int current = FiscalYear.containing(LocalDate.now(clock)).year();
        var years = new TreeSet<Integer>(Comparator.reverseOrder());
        years.addAll(choices.fiscalYears());
        years.add(current);
        model.addAttribute("options", choices);
        model.addAttribute("years", years);
        model.addAttribute("currentYear", current);
        model.addAttribute("revisions", revisions.planRevisions());
        return "exports/index";
    }

    @GetMapping("/progress.pdf")
    public ResponseEntity<byte[]> progressPdf(
            @ModelAttribute ExportRequest params,
            BindingResult binding,
            @AuthenticationPrincipal PortalPrincipal me,
            Locale locale,
            HttpServletRequest request) {
        ExportScope scope = scopes.resolve(params, binding, locale);
        audit.downloaded(me.username(), ExportKind.PROGRESS_PDF.file(), request);
        byte[] bytes = pdf.render(scope);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(ExportKind.PROGRESS_PDF.fileName(scope)))
                .body(bytes);
    }

    /** The streamed downloads: progress.xlsx, reports.csv and initiatives.csv. */
    @GetMapping("/{file:progress\\.xlsx|reports\\.csv|initiatives\\.csv}")
    public void streamed(
            @PathVariable String file,
            @ModelAttribute ExportRequest params,
            BindingResult binding,
            @AuthenticationPrincipal PortalPrincipal me,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ExportScope scope = scopes.resolve(params, binding, locale);
        ExportKind kind = ExportKind.ofFile(file);
        audit.downloaded(me.username(), file, request);
        response.setContentType(kind.type().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(kind.fileName(scope)));
        try (OutputStream out = response.getOutputStream()) {
            writer.write(kind, scope, out);
        }
    }

    /** The Content-Disposition of a file the browser saves under {@code fileName}. */
    static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
