package org.grassroots.plan.web.testing;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.plan.core.initiative.CreateInitiative;
import org.grassroots.plan.core.initiative.InitiativeDetails;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.grassroots.plan.core.initiative.Partner;
import org.grassroots.plan.core.initiative.Target;
import org.jspecify.annotations.Nullable;

/**
 * A valid initiative for a test, changed only where the test cares:
 * {@code anInitiative().titled("…", "…").inState("OH").build()}. Defaults: active, FY2026, no state until one is
 * named, led by Chicago, economic security, no partners or targets, created by {@code test-setup}.
 */
public final class InitiativeBuilder {

    private @Nullable String titleJa = "試験の取り組み";
    private @Nullable String titleEn = "Test initiative";
    private @Nullable String summaryJa = "概要";
    private @Nullable String summaryEn = "Summary";
    private InitiativeStatus status = InitiativeStatus.ACTIVE;
    private int fiscalYear = 2026;
    private final List<String> states = new ArrayList<>();
    private @Nullable String leadMission = "CG-CHI";
    private List<String> priorityAreas = List.of("ECONOMIC_SECURITY");
    private List<String> sectors = List.of();
    private @Nullable String interestTier;
    private List<Partner> partners = List.of();
    private List<Target> targets = List.of();
    private String editor = "test-setup";

    private InitiativeBuilder() {}

    public static InitiativeBuilder anInitiative() {
        return new InitiativeBuilder();
    }

    public InitiativeBuilder titled(@Nullable String japanese, @Nullable String english) {
        this.titleJa = japanese;
        this.titleEn = english;
        return this;
    }

    public InitiativeBuilder summarised(@Nullable String japanese, @Nullable String english) {
        this.summaryJa = japanese;
        this.summaryEn = english;
        return this;
    }

    public InitiativeBuilder status(InitiativeStatus status) {
        this.status = status;
        return this;
    }

    public InitiativeBuilder fiscalYear(int fiscalYear) {
        this.fiscalYear = fiscalYear;
        return this;
    }

    public InitiativeBuilder inState(String stateCode) {
        this.states.add(stateCode);
        return this;
    }

    public InitiativeBuilder ledBy(@Nullable String missionCode) {
        this.leadMission = missionCode;
        return this;
    }

    public InitiativeBuilder priorityAreas(String... codes) {
        this.priorityAreas = List.of(codes);
        return this;
    }

    public InitiativeBuilder sectors(String... codes) {
        this.sectors = List.of(codes);
        return this;
    }

    public InitiativeBuilder interestTier(@Nullable String code) {
        this.interestTier = code;
        return this;
    }

    public InitiativeBuilder partners(List<Partner> partners) {
        this.partners = partners;
        return this;
    }

    public InitiativeBuilder targets(List<Target> targets) {
        this.targets = targets;
        return this;
    }

    public InitiativeBuilder by(String editor) {
        this.editor = editor;
        return this;
    }

    public InitiativeDetails details() {
        return new InitiativeDetails(
                titleJa,
                titleEn,
                summaryJa,
                summaryEn,
                status,
                null,
                null,
                fiscalYear,
                false,
                states,
                leadMission,
                priorityAreas,
                sectors,
                List.of(),
                interestTier,
                List.of(),
                partners,
                targets);
    }

    public CreateInitiative build() {
        return new CreateInitiative(details(), editor);
    }
}
