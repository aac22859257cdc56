package org.grassroots.plan.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.activity.ReportStateOption;
import org.grassroots.plan.persistence.initiative.InitiativeOptions;
import org.grassroots.plan.persistence.initiative.InitiativeOptionsQueries;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reference data initiatives and reports are classified by, as codes with Japanese and English labels. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data", description = "States, missions and the plan's classifications")
class ApiReferenceController {

    private final InitiativeOptionsQueries options;
    private final ReportFormOptions reportOptions;

    ApiReferenceController(InitiativeOptionsQueries options, ReportFormOptions reportOptions) {
        this.options = options;
        this.reportOptions = reportOptions;
    }

    @GetMapping("/states")
    @Operation(summary = "U.S. states and territories")
    List<CodeLabel> states() {
        return options.options().states();
    }

    @GetMapping("/missions")
    @Operation(summary = "Japan's diplomatic missions in the U.S. (embassy and consulates)")
    List<CodeLabel> missions() {
        return options.options().missions();
    }

    @GetMapping("/missions/{code}/jurisdiction")
    @Operation(summary = "The states a mission covers (wholly or in part) and so may report for")
    List<ReportStateOption> jurisdiction(@PathVariable String code) {
        if (reportOptions.missions().stream()
                .noneMatch(mission -> mission.code().equals(code))) {
            throw new UnknownCodeException(code);
        }
        return reportOptions.jurisdiction(code);
    }

    @GetMapping("/priority-areas")
    @Operation(summary = "The plan's pillars with their priority areas")
    List<InitiativeOptions.Pillar> priorityAreas() {
        return options.options().pillars();
    }

    @GetMapping("/sectors")
    @Operation(summary = "Sectors")
    List<CodeLabel> sectors() {
        return options.options().sectors();
    }

    @GetMapping("/approaches")
    @Operation(summary = "Regional approaches")
    List<CodeLabel> approaches() {
        return options.options().regionalApproaches();
    }

    @GetMapping("/tiers")
    @Operation(summary = "Interest tiers")
    List<CodeLabel> tiers() {
        return options.options().interestTiers();
    }

    @GetMapping("/audiences")
    @Operation(summary = "Audiences")
    List<CodeLabel> audiences() {
        return options.options().audiences();
    }
}
