package org.grassroots.plan.core.fiscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTests {

    @ParameterizedTest
    @CsvSource({
        "2026-04-01, 2026, 1",
        "2026-06-30, 2026, 1",
        "2026-07-01, 2026, 2",
        "2026-12-31, 2026, 3",
        "2027-01-01, 2026, 4",
        "2027-03-31, 2026, 4",
        "2026-03-31, 2025, 4"
    })
    void yearsAndQuartersStartInApril(LocalDate date, int year, int quarter) {
        assertThat(FiscalYear.containing(date)).isEqualTo(FiscalYear.of(year));
        assertThat(FiscalYear.quarterOf(date)).isEqualTo(quarter);
    }

    @Test
    void fy2026RunsFromAprilToMarch() {
        var fy = FiscalYear.of(2026);

        assertThat(fy.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(fy.quarterStart(3)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(fy.quarterEnd(4)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(fy.contains(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(fy.contains(LocalDate.of(2027, 4, 1))).isFalse();
    }
}
