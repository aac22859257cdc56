package org.grassroots.plan.web.initiative;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.grassroots.plan.core.initiative.InitiativeArchivedException;
import org.grassroots.plan.core.initiative.InitiativeChangedException;
import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.grassroots.plan.core.initiative.InvalidInitiativeException;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.initiative.InitiativeExportQueries;
import org.grassroots.plan.persistence.initiative.InitiativeExportRow;
import org.grassroots.plan.persistence.initiative.InitiativeOptionsQueries;
import org.grassroots.plan.web.config.PageStateInterceptor;
import org.grassroots.plan.web.initiative.ImportPreview.Kind;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Excel round trip: any filtered list downloads as XLSX; an edited (or new) sheet uploads to a preview of what
 * would change, and the editor's confirmation applies all lines or none. The uploaded file waits in the session
 * (which lives in the database) between preview and confirmation, and is checked again when confirmed.
 */
@Controller
@RequestMapping("/initiatives")
class InitiativeSpreadsheetController {

    static final String VIEW = "initiatives/import";
    private static final String PENDING = InitiativeSpreadsheetController.class.getName() + ".pending";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** An uploaded file between preview and confirmation. */
    record PendingImport(String token, byte[] content) implements Serializable {}

    private final InitiativeExportQueries export;
    private final InitiativeOptionsQueries options;
    private final InitiativeImportPreviewer previewer;
    private final InitiativeManagement initiatives;

    InitiativeSpreadsheetController(
            InitiativeExportQueries export,
            InitiativeOptionsQueries options,
            InitiativeImportPreviewer previewer,
            InitiativeManagement initiatives) {
        this.export = export;
        this.options = options;
        this.previewer = previewer;
        this.initiatives = initiatives;
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(
            @ModelAttribute("search") InitiativeSearch search,
            BindingResult unparsable,
            @AuthenticationPrincipal PortalPrincipal me,
            Locale locale)
            throws IOException {
        var rows =
                export.rows(search.toFilter(me.role() == Role.ADMIN), search.sortColumn(), search.descending(), locale);
        if (rows.size() > InitiativeExportQueries.MAX_ROWS) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(search.links().exportTooLargeUrl()))
                    .build();
        }
        return xlsx(rows, locale, "initiatives.xlsx");
    }

    @GetMapping("/import/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) throws IOException {
        return xlsx(List.of(), locale, "initiatives-template.xlsx");
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    public String uploadForm() {
        return VIEW;
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    public String preview(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpSession session,
            Locale locale,
            Model model)
            throws IOException {
        if (file == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        byte[] content = file.getBytes();
        try {
            var preview = previewer.preview(InitiativeSpreadsheet.read(new ByteArrayInputStream(content)), locale);
            var pending = new PendingImport(UUID.randomUUID().toString(), content);
            session.setAttribute(PENDING, pending);
            model.addAttribute("preview", preview);
            model.addAttribute("token", pending.token());
        } catch (UnreadableSpreadsheetException e) {
            model.addAttribute("uploadError", e.messageKey());
            model.addAttribute(PageStateInterceptor.FORM_REJECTED, true);
        }
        return VIEW;
    }

    @PostMapping("/import/confirm")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    public String confirm(
            @RequestParam("token") String token,
            HttpSession session,
            @AuthenticationPrincipal PortalPrincipal me,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending)
                || !pending.token().equals(token)) {
            model.addAttribute("uploadError", "initiative.import.error.expired");
            model.addAttribute(PageStateInterceptor.FORM_REJECTED, true);
            return VIEW;
        }
        var preview =
                previewer.preview(InitiativeSpreadsheet.read(new ByteArrayInputStream(pending.content())), locale);
        if (preview.applicable()) {
            try {
                apply(preview, me.username());
                session.removeAttribute(PENDING);
                redirect.addFlashAttribute("message", "initiative.import.applied");
                return "redirect:/initiatives";
            } catch (InitiativeChangedException
                    | InvalidInitiativeException
                    | InitiativeArchivedException
                    | ObjectOptimisticLockingFailureException e) {
                preview = previewer.preview(
                        InitiativeSpreadsheet.read(new ByteArrayInputStream(pending.content())), locale);
            }
        }
        model.addAttribute("preview", preview);
        model.addAttribute("token", pending.token());
        model.addAttribute("notApplied", true);
        return VIEW;
    }

    private void apply(ImportPreview preview, String editor) {
        var creations = preview.lines().stream()
                .filter(line -> line.kind() == Kind.NEW)
                .map(line -> line.form().toCommand(editor))
                .toList();
        var updates = preview.lines().stream()
                .filter(line -> line.kind() == Kind.CHANGED)
                .map(line -> line.form().toCommand(line.id(), editor))
                .toList();
        initiatives.importAll(creations, updates);
    }

    private ResponseEntity<byte[]> xlsx(List<InitiativeExportRow> rows, Locale locale, String name) throws IOException {
        var out = new ByteArrayOutputStream();
        InitiativeSpreadsheet.write(rows, options.options(), locale, out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }
}
