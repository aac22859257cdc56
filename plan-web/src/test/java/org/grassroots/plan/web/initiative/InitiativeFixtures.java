package org.grassroots.plan.web.initiative;

import java.util.List;
import java.util.UUID;
import org.grassroots.plan.core.initiative.CreateInitiative;
import org.grassroots.plan.core.initiative.InitiativeDetails;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Test initiatives with a word of their own, so that tests find exactly their rows whatever else is stored. */
final class InitiativeFixtures {

    private InitiativeFixtures() {}

    static String uniqueWord() {
        return "試験" + UUID.randomUUID().toString().substring(0, 8);
    }

    static CreateInitiative create(String titleJa, String titleEn, String state) {
        return new CreateInitiative(
                new InitiativeDetails(
                        titleJa,
                        titleEn,
                        "概要",
                        "Summary",
                        InitiativeStatus.ACTIVE,
                        null,
                        null,
                        2026,
                        false,
                        List.of(state),
                        "CG-CHI",
                        List.of("ECONOMIC_SECURITY"),
                        List.of("SEMICONDUCTORS"),
                        List.of(),
                        "MODERATE",
                        List.of(),
                        List.of(),
                        List.of()),
                "test-setup");
    }

    /** The form fields of a valid initiative, as a browser posts them. */
    static MultiValueMap<String, String> validForm(String titleJa, String titleEn) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("titleJa", titleJa);
        form.add("titleEn", titleEn);
        form.add("summaryJa", "概要");
        form.add("summaryEn", "Summary");
        form.add("status", "ACTIVE");
        form.add("fiscalYear", "2026");
        form.add("priorityAreas", "ECONOMIC_SECURITY");
        form.add("states", "IL");
        form.add("leadMission", "CG-CHI");
        form.add("partners[0].name", "Illinois Chamber (test)");
        form.add("partners[0].kind", "PRIVATE");
        form.add("targets[0].indicatorJa", "セミナー開催数");
        form.add("targets[0].targetValue", "10");
        form.add("targets[0].actualValue", "4");
        return form;
    }
}
