package org.grassroots.plan.web.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.grassroots.plan.core.initiative.InitiativeNotFoundException;
import org.grassroots.plan.core.initiative.InvalidInitiativeException;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.initiative.InitiativeDetailQueries;
import org.grassroots.plan.persistence.initiative.InitiativeDetailView;
import org.grassroots.plan.persistence.initiative.InitiativeListQueries;
import org.grassroots.plan.persistence.initiative.InitiativeRow;
import org.grassroots.plan.web.api.ApiLocale;
import org.grassroots.plan.web.api.ApiPage;
import org.grassroots.plan.web.api.ApiValidationException;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Initiatives over the JSON API: the list with the filters, sorting and paging of {@code /initiatives}, the
 * detail, and creating and changing through {@link InitiativeManagement} with the initiative form's validation
 * (Bean Validation and {@link InitiativeFormValidator}), for HQ editors and administrators only.
 */
@RestController
@RequestMapping("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Initiatives of Action Plan 4.0")
class InitiativeApiController {

    private final InitiativeListQueries list;
    private final InitiativeDetailQueries details;
    private final InitiativeManagement initiatives;

    InitiativeApiController(
            InitiativeListQueries list, InitiativeDetailQueries details, InitiativeManagement initiatives) {
        this.list = list;
        this.details = details;
        this.initiatives = initiatives;
    }

    @InitBinder("initiativeForm")
    void crossFieldRules(WebDataBinder binder) {
        binder.addValidators(new InitiativeFormValidator());
    }

    @GetMapping
    @Operation(summary = "Initiatives matching the filters (as on /initiatives); archived=true for administrators only")
    ApiPage<InitiativeRow> list(
            @ParameterObject @ModelAttribute InitiativeSearch search,
            BindingResult ignoredTypos,
            @Parameter(description = "Page size, 1–100") @RequestParam(defaultValue = "25") int size,
            @AuthenticationPrincipal PortalPrincipal me,
            HttpServletRequest request) {
        int pageSize = Math.max(1, Math.min(size, InitiativeListQueries.MAX_PAGE_SIZE));
        var page = list.find(
                search.toFilter(me.role() == Role.ADMIN),
                search.sortColumn(),
                search.descending(),
                search.getPage(),
                pageSize,
                ApiLocale.of(request));
        return ApiPage.of(page.rows(), page.page(), pageSize, page.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One initiative with partners, targets and linked reports")
    InitiativeDetailView detail(@PathVariable long id) {
        return details.find(id).orElseThrow(() -> new InitiativeNotFoundException(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    @Operation(summary = "Create an initiative (HQ editors and administrators)")
    ResponseEntity<InitiativeDetailView> create(
            @Validated @RequestBody InitiativeForm initiativeForm,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me) {
        requireValid(result);
        Long id;
        try {
            id = initiatives.create(initiativeForm.toCommand(me.username()));
        } catch (InvalidInitiativeException e) {
            throw rejected(result, e);
        }
        return ResponseEntity.created(URI.create("/api/v1/initiatives/" + id)).body(detail(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    @Operation(summary = "Replace an initiative's details, provided it is still at `version` (else 409)")
    InitiativeDetailView update(
            @PathVariable long id,
            @Validated @RequestBody InitiativeForm initiativeForm,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me) {
        detail(id);
        requireValid(result);
        try {
            initiatives.update(initiativeForm.toCommand(id, me.username()));
        } catch (InvalidInitiativeException e) {
            throw rejected(result, e);
        }
        return detail(id);
    }

    private static void requireValid(BindingResult result) {
        if (result.hasErrors()) {
            throw new ApiValidationException(result);
        }
    }

    /** The core's verdict on the codes, as the edit form shows it (see InitiativeEditController). */
    private static ApiValidationException rejected(BindingResult result, InvalidInitiativeException e) {
        for (var violation : e.getViolations()) {
            result.rejectValue(
                    violation.field(),
                    violation.messageKey(),
                    new Object[] {String.join(", ", violation.rejected())},
                    null);
        }
        return new ApiValidationException(result);
    }
}
