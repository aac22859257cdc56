package org.grassroots.plan.web.activity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.plan.core.activity.ActivityReportImport;
import org.grassroots.plan.core.activity.ImportActivityReports;
import org.grassroots.plan.core.activity.ImportRejectedException;
import org.grassroots.plan.core.activity.ImportViolation;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.web.config.PageStateInterceptor;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bulk import: a mission uploads a CSV of activities; all rows are filed as drafts, or none. */
@Controller
@RequestMapping("/reports/import")
@PreAuthorize("hasAnyRole('MISSION_REPORTER', 'HQ_EDITOR', 'ADMIN')")
class ReportImportController {

    private final ActivityReportImport imports;
    private final ReportFormOptions options;

    ReportImportController(ActivityReportImport imports, ReportFormOptions options) {
        this.imports = imports;
        this.options = options;
    }

    @GetMapping
    String form(@AuthenticationPrincipal PortalPrincipal me, Model model, Locale locale) {
        return page(me, model, locale, List.of());
    }

    /** An empty file with the header row in the page's language and one example row. */
    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template(Locale locale) {
        var header = Stream.of(ReportImportColumn.values())
                .map(column -> column.header(locale))
                .collect(Collectors.joining(","));
        var example = "IL,,Chicago,2026-05-20,SEMINAR_EVENT,SCIENCE_TECH;ENERGY,AI,GENERAL_PUBLIC,MODERATE,"
                + ",40,City of Chicago,\"Seminar on Japan–U.S. innovation cooperation.\",,,en,,https://example.org/news";
        var bytes = ("\uFEFF" + header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("activity-reports-template.csv")
                                .build()
                                .toString())
                .body(bytes);
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String mission,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        var missionCode = me.role() == Role.MISSION_REPORTER ? me.missionCode() : mission;
        if (missionCode == null || file == null || file.isEmpty()) {
            return page(me, model, locale, List.of(new ImportViolation(1, "file", "reports.import.error.noFile")));
        }
        var read = new ReportImportReader(counties(missionCode)).read(file.getBytes());
        try {
            imports.importDrafts(new ImportActivityReports(me.userId(), missionCode, read.rows(), read.problems()));
            redirect.addFlashAttribute("message", "reports.import.done");
            return me.role() == Role.MISSION_REPORTER
                    ? "redirect:/reports/mine"
                    : "redirect:/reports?status=DRAFT&mission=" + missionCode;
        } catch (ImportRejectedException e) {
            model.addAttribute("selectedMission", missionCode);
            return page(me, model, locale, e.getViolations());
        }
    }

    private String page(PortalPrincipal me, Model model, Locale locale, List<ImportViolation> problems) {
        model.addAttribute("columns", ReportImportColumn.values());
        model.addAttribute(
                "columnHeaders",
                Stream.of(ReportImportColumn.values())
                        .collect(Collectors.toMap(ReportImportColumn::getField, column -> column.header(locale))));
        model.addAttribute("problems", problems);
        model.addAttribute(PageStateInterceptor.FORM_REJECTED, !problems.isEmpty());
        model.addAttribute("maxRows", ActivityReportImport.MAX_ROWS);
        if (me.role() != Role.MISSION_REPORTER) {
            model.addAttribute("missions", options.missions());
        }
        return "reports/import";
    }

    private Map<String, Map<String, Long>> counties(String missionCode) {
        var counties = new HashMap<String, Map<String, Long>>();
        options.jurisdiction(missionCode)
                .forEach(state -> counties.put(
                        state.code(),
                        state.counties().stream()
                                .collect(Collectors.toMap(
                                        county -> county.labelEn().toLowerCase(Locale.ROOT),
                                        county -> Long.valueOf(county.code())))));
        return counties;
    }
}
