package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report's name carries the first words of its summary, cut at a word (or Japanese character) with an ellipsis. */
class ReportNamesTests {

    @Test
    void firstWordsAreCutAtAWordBoundaryWithAnEllipsis() {
        assertThat(ReportNames.firstWords("Seminar on semiconductor supply chains at the governor's office", 24))
                .isEqualTo("Seminar on semiconductor…");
        assertThat(ReportNames.firstWords("Short text", 24)).isEqualTo("Short text");
        assertThat(ReportNames.firstWords("州知事と半導体サプライチェーンについて意見交換を行い、今後の協力について確認した。", 10))
                .isEqualTo("州知事と半導体サプラ…");
        assertThat(ReportNames.firstWords("  line\n\nbreaks   collapse ", 24)).isEqualTo("line breaks collapse");
        assertThat(ReportNames.firstWords(null, 24)).isEmpty();
    }
}
