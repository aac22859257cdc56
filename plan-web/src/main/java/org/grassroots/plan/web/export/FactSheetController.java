package org.grassroots.plan.web.export;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.grassroots.plan.core.shared.NotFoundException;
import org.grassroots.plan.persistence.export.FactSheet;
import org.grassroots.plan.persistence.export.FactSheetQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A state's one-page fact sheet for outreach, for every signed-in user: Japan's published figures for the state
 * (the national figures where it has none), each with year and source, and its latest accepted activities. Only the
 * PDF lives here; the state's page itself is the dashboard's.
 */
@Controller
class FactSheetController {

    static final int RECENT_ACTIVITIES = 6;

    private final FactSheetQueries queries;
    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final ExportAudit audit;
    private final ExportScopes scopes;

    FactSheetController(
            FactSheetQueries queries,
            PdfRenderer renderer,
            MessageSource messages,
            ExportAudit audit,
            ExportScopes scopes) {
        this.queries = queries;
        this.renderer = renderer;
        this.messages = messages;
        this.audit = audit;
        this.scopes = scopes;
    }

    @GetMapping("/states/{code}/fact-sheet.pdf")
    ResponseEntity<byte[]> factSheet(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String lang,
            @AuthenticationPrincipal PortalPrincipal me,
            Locale locale,
            HttpServletRequest request) {
        Locale language = ExportScopes.language(lang, locale);
        FactSheet sheet = queries.factSheet(code, RECENT_ACTIVITIES).orElseThrow(() -> new UnknownStateException(code));
        audit.downloaded(me.username(), "states/" + code + "/fact-sheet.pdf", request);
        byte[] pdf = renderer.render(
                "exports/pdf/fact-sheet",
                language,
                Map.of("f", sheet, "t", new ExportText(messages, language), "demo", scopes.demo()));
        String name = "fact-sheet-" + code + "-" + language.getLanguage() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf);
    }

    @ExceptionHandler(InvalidExportRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidExportRequestException e, Model model) {
        model.addAttribute("problem", e.messageKey());
        return "exports/invalid";
    }

    /** No state or territory with that code. */
    static class UnknownStateException extends NotFoundException {
        UnknownStateException(String code) {
            super("No state " + code);
        }
    }
}
