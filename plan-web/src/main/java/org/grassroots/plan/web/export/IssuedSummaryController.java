package org.grassroots.plan.web.export;

import jakarta.servlet.http.HttpServletRequest;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.core.shared.NotFoundException;
import org.grassroots.plan.persistence.export.IssuedSummaryQueries;
import org.grassroots.plan.persistence.export.IssuedSummaryQueries.Format;
import org.grassroots.plan.persistence.export.IssuedSummaryRow;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archive of issued summaries (HQ editors and administrators read it; administrators issue a closed quarter)
 * and their stored files, byte for byte as issued.
 */
@Controller
@RequestMapping("/exports/issued")
@PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
class IssuedSummaryController {

    private final IssuedSummaryQueries archive;
    private final SummaryIssuer issuer;
    private final ExportAudit audit;

    IssuedSummaryController(IssuedSummaryQueries archive, SummaryIssuer issuer, ExportAudit audit) {
        this.archive = archive;
        this.issuer = issuer;
        this.audit = audit;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("summaries", archive.archive());
        return "exports/issued";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    public String issue(
            @RequestParam int fy,
            @RequestParam int quarter,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        if (fy < ExportScopes.FIRST_YEAR || fy > ExportScopes.LAST_YEAR || quarter < 1 || quarter > 4) {
            throw new InvalidExportRequestException("export.error.quarter");
        }
        var outcome = issuer.issue(FiscalYear.of(fy), quarter, me.username());
        redirect.addFlashAttribute("message", "export.issued." + outcome.name());
        return "redirect:/exports/issued";
    }

    @GetMapping("/{id}.pdf")
    public ResponseEntity<byte[]> pdf(
            @PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, HttpServletRequest request) {
        audit.downloaded(me.username(), "issued/" + id + ".pdf", request);
        return file(id, Format.PDF, MediaType.APPLICATION_PDF, "pdf");
    }

    @GetMapping("/{id}.xlsx")
    public ResponseEntity<byte[]> xlsx(
            @PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, HttpServletRequest request) {
        audit.downloaded(me.username(), "issued/" + id + ".xlsx", request);
        return file(id, Format.XLSX, ExportController.XLSX, "xlsx");
    }

    private ResponseEntity<byte[]> file(long id, Format format, MediaType type, String extension) {
        IssuedSummaryRow row = archive.find(id).orElseThrow(() -> new IssuedSummaryNotFoundException(id));
        byte[] bytes = archive.file(id, format).orElseThrow(() -> new IssuedSummaryNotFoundException(id));
        String name =
                "progress-fy" + row.fiscalYear() + "-q" + row.quarter() + "-" + row.language() + "-issued." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    /** No issued summary with that id. */
    static class IssuedSummaryNotFoundException extends NotFoundException {
        IssuedSummaryNotFoundException(long id) {
            super("No issued summary " + id);
        }
    }
}
