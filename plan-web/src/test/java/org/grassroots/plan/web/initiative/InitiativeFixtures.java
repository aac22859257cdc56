package org.grassroots.plan.web.initiative;

import static org.grassroots.plan.web.testing.InitiativeBuilder.anInitiative;

import java.util.UUID;
import org.grassroots.plan.core.initiative.CreateInitiative;
import org.grassroots.plan.web.testing.InitiativeBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Test initiatives with a word of their own, so that tests find exactly their rows whatever else is stored. */
final class InitiativeFixtures {

    private InitiativeFixtures() {}

    static String uniqueWord() {
        return "試験" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An active FY2026 initiative in one state; see {@link InitiativeBuilder} for anything else. */
    static CreateInitiative create(String titleJa, String titleEn, String state) {
        return anInitiative()
                .titled(titleJa, titleEn)
                .inState(state)
                .sectors("SEMICONDUCTORS")
                .interestTier("MODERATE")
                .build();
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
