package org.grassroots.plan.core.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.junit.jupiter.api.Test;

class InitiativeTests {

    private final Initiative initiative = new Initiative(
            "半導体対話", "Semiconductor dialogue", FiscalYear.of(2026), "hq", Instant.parse("2026-05-01T00:00:00Z"));

    @Test
    void editingOnlyTheJapaneseMarksTheEnglishOutOfDate() {
        initiative.rewrite("半導体サプライチェーン対話", "Semiconductor dialogue", null, null, false);

        assertThat(initiative.getText().isEnTranslationStale()).isTrue();
        assertThat(initiative.getText().isJaTranslationStale()).isFalse();
    }

    @Test
    void editingOnlyTheEnglishSummaryMarksTheJapaneseOutOfDate() {
        initiative.rewrite("半導体対話", "Semiconductor dialogue", null, "A dialogue with the state", false);

        assertThat(initiative.getText().isJaTranslationStale()).isTrue();
        assertThat(initiative.getText().isEnTranslationStale()).isFalse();
    }

    @Test
    void updatingTheStaleSideClearsItsFlag() {
        initiative.rewrite("半導体サプライチェーン対話", "Semiconductor dialogue", null, null, false);
        initiative.rewrite("半導体サプライチェーン対話", "Semiconductor supply-chain dialogue", null, null, false);

        assertThat(initiative.getText().isEnTranslationStale()).isFalse();
        assertThat(initiative.getText().isJaTranslationStale()).isFalse();
    }

    @Test
    void aFlagStaysUntilThatSideIsUpdatedOrConfirmed() {
        initiative.rewrite("半導体サプライチェーン対話", "Semiconductor dialogue", null, null, false);
        initiative.rewrite("半導体サプライチェーン対話", "Semiconductor dialogue", null, null, false);
        assertThat(initiative.getText().isEnTranslationStale()).isTrue();

        initiative.rewrite("半導体サプライチェーン対話", "Semiconductor dialogue", null, null, true);
        assertThat(initiative.getText().isEnTranslationStale()).isFalse();
    }

    @Test
    void editingBothSidesLeavesBothCurrent() {
        initiative.rewrite("新しい題", "New title", null, null, false);

        assertThat(initiative.getText().isJaTranslationStale()).isFalse();
        assertThat(initiative.getText().isEnTranslationStale()).isFalse();
    }

    @Test
    void needsATitleInOneLanguageAndEndsNotBeforeItStarts() {
        assertThatThrownBy(() -> initiative.rewrite(" ", null, null, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        initiative.schedule(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31), FiscalYear.of(2026)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> initiative.classify(List.of(), List.of(), List.of(), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void archivingIsUndoneByRestoring() {
        initiative.archive();
        assertThat(initiative.isArchived()).isTrue();
        initiative.restore();
        assertThat(initiative.isArchived()).isFalse();
    }
}
