package org.grassroots.plan.web.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.initiative.InitiativeOptionsQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

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

    /** What one streamed download writes. */
    private interface Body {
        void write(ExportScope scope, OutputStream out) throws IOException;
    }

    /** A download written to the response while its rows are read. */
    private record Streamed(String name, String extension, MediaType type, Body body) {}

    private final ExportScopes scopes;
    private final CsvExports csv;
    private final ProgressWorkbook workbook;
    private final ProgressPdf pdf;
    private final ExportAudit audit;
    private final InitiativeOptionsQueries options;
    private final Clock clock;
    private final Map<String, Streamed> downloads;

    ExportController(
            ExportScopes scopes,
            CsvExports csv,
            ProgressWorkbook workbook,
            ProgressPdf pdf,
            ExportAudit audit,
            InitiativeOptionsQueries options,
            Clock clock) {
        this.scopes = scopes;
        this.csv = csv;
        this.workbook = workbook;
        this.pdf = pdf;
        this.audit = audit;
        this.options = options;
        this.clock = clock;
        this.downloads = Map.of(
                "progress.xlsx", new Streamed("progress", "xlsx", XLSX, workbook::write),
                "reports.csv", new Streamed("reports", "csv", CSV, csv::reports),
                "initiatives.csv", new Streamed("initiatives", "csv", CSV, csv::initiatives));
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
        return "exports/index";
    }

    @GetMapping("/progress.pdf")
    public ResponseEntity<byte[]> progressPdf(
            @ModelAttribute ExportRequest params,
            BindingResult binding,
            @AuthenticationPrincipal PortalPrincipal me,
            Locale locale,
            HttpServletRequest request) {
        ExportScope scope = scope(params, binding, locale);
        audit.downloaded(me.username(), "progress.pdf", request);
        byte[] bytes = pdf.render(scope);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(scope, "progress", "pdf"))
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
        ExportScope scope = scope(params, binding, locale);
        Streamed download = downloads.get(file);
        audit.downloaded(me.username(), file, request);
        response.setContentType(download.type().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(scope, download.name(), download.extension()));
        try (OutputStream out = response.getOutputStream()) {
            download.body().write(scope, out);
        }
    }

    @ExceptionHandler(InvalidExportRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String invalid(InvalidExportRequestException e, Model model) {
        model.addAttribute("problem", e.messageKey());
        return "exports/invalid";
    }

    private ExportScope scope(ExportRequest params, BindingResult binding, Locale locale) {
        if (binding.hasErrors()) {
            throw new InvalidExportRequestException("export.error.parameter");
        }
        return scopes.resolve(params, locale);
    }

    static String attachment(ExportScope scope, String name, String extension) {
        String file =
                name + "-" + scope.period().slug() + "-" + scope.language().getLanguage() + "." + extension;
        return ContentDisposition.attachment().filename(file).build().toString();
    }
}
