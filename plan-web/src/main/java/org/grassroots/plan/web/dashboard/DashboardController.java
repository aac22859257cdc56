package org.grassroots.plan.web.dashboard;

import java.util.Locale;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards, readable by every signed-in role (drafts are never counted): the national overview at {@code /}
 * (a mission reporter sees the mission's page there first; the overview with a fiscal year in the address), state, priority-area, coverage and mission pages.
 * Every page takes the fiscal year {@code fy} and quarter {@code q} from the address.
 */
@Controller
class DashboardController {

    private final PeriodChoice periods;
    private final NationalDashboard national;
    private final StateDashboard states;
    private final AreaDashboard areas;
    private final CoverageMatrix coverage;
    private final MissionDashboard missions;

    DashboardController(
            PeriodChoice periods,
            NationalDashboard national,
            StateDashboard states,
            AreaDashboard areas,
            CoverageMatrix coverage,
            MissionDashboard missions) {
        this.periods = periods;
        this.national = national;
        this.states = states;
        this.areas = areas;
        this.coverage = coverage;
        this.missions = missions;
    }

    @GetMapping("/")
    String home(
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer q,
            @RequestParam(required = false) @Nullable String revision,
            @RequestParam(required = false) @Nullable String metric,
            @AuthenticationPrincipal PortalPrincipal user,
            Locale locale,
            Model model) {
        if (user.role() == Role.MISSION_REPORTER && user.missionCode() != null && fy == null && metric == null) {
            return mission(user.missionCode(), null, q, revision, user, locale, model);
        }
        var period = periods.resolve(fy, q, revision);
        var chosen = MapMetric.parse(metric);
        model.addAttribute("view", national.build(period, chosen, periods.today(), locale));
        model.addAttribute("keepMetric", chosen.value());
        return page(model, period, "/", "dashboard/national");
    }

    @GetMapping("/states/{code}")
    String state(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer q,
            @RequestParam(required = false) @Nullable String revision,
            Locale locale,
            Model model) {
        var period = periods.resolve(fy, q, revision);
        model.addAttribute(
                "view", states.build(code, period, periods.today(), locale).orElseThrow(DashboardController::notFound));
        return page(model, period, "/states/" + code, "dashboard/state");
    }

    @GetMapping("/areas/{code}")
    String area(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer q,
            @RequestParam(required = false) @Nullable String revision,
            Locale locale,
            Model model) {
        var period = periods.resolve(fy, q, revision);
        model.addAttribute("view", areas.build(code, period, locale).orElseThrow(DashboardController::notFound));
        return page(model, period, "/areas/" + code, "dashboard/area");
    }

    @GetMapping("/coverage")
    String coverage(
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer q,
            @RequestParam(required = false) @Nullable String revision,
            @RequestParam(required = false) @Nullable String mission,
            @RequestParam(required = false) @Nullable String sort,
            Locale locale,
            Model model) {
        var period = periods.resolve(fy, q, revision);
        var view = coverage.build(period, mission, "total".equals(sort), locale);
        model.addAttribute("view", view);
        model.addAttribute(
                "keepMission", view.mission() == null ? null : view.mission().code());
        model.addAttribute("keepSort", view.byTotal() ? "total" : "state");
        return page(model, period, "/coverage", "dashboard/coverage");
    }

    @GetMapping("/missions/{code}")
    String mission(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer q,
            @RequestParam(required = false) @Nullable String revision,
            @AuthenticationPrincipal PortalPrincipal user,
            Locale locale,
            Model model) {
        var period = periods.resolve(fy, q, revision);
        boolean own = user.role() == Role.MISSION_REPORTER && code.equals(user.missionCode());
        model.addAttribute(
                "view", missions.build(code, period, own, locale).orElseThrow(DashboardController::notFound));
        model.addAttribute("showDrafts", own || user.role() != Role.MISSION_REPORTER);
        return page(model, period, "/missions/" + code, "dashboard/mission");
    }

    private String page(
            Model model, org.grassroots.plan.persistence.dashboard.DashboardPeriod period, String path, String view) {
        model.addAttribute("period", period);
        model.addAttribute("years", periods.years());
        model.addAttribute("revisions", periods.revisions());
        model.addAttribute("path", path);
        model.addAttribute("periodQuery", Links.withPeriod("", period).substring(1));
        model.addAttribute("today", periods.today());
        return view;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
