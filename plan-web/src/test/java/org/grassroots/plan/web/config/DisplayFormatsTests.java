package org.grassroots.plan.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DisplayFormatsTests {

    final DisplayFormats fmt = new DisplayFormats();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void japaneseFormats() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);

        assertThat(fmt.date(LocalDate.of(2026, 5, 1))).isEqualTo("2026年5月1日");
        assertThat(fmt.dateTime(Instant.parse("2026-05-01T00:30:00Z"))).isEqualTo("2026年5月1日 9:30 JST");
        assertThat(fmt.fiscalYear(FiscalYear.of(2026))).isEqualTo("2026年度");
        assertThat(fmt.fiscalQuarter(2026, 1)).isEqualTo("2026年度第1四半期");
        assertThat(fmt.number(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.5");
    }

    @Test
    void englishFormats() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(fmt.date(LocalDate.of(2026, 5, 1))).isEqualTo("1 May 2026");
        assertThat(fmt.dateTime(Instant.parse("2026-05-01T00:30:00Z"))).isEqualTo("1 May 2026, 09:30 JST");
        assertThat(fmt.fiscalYear(2026)).isEqualTo("FY2026");
        assertThat(fmt.fiscalQuarter(FiscalYear.of(2026), 4)).isEqualTo("FY2026 Q4");
        assertThat(fmt.number(975000)).isEqualTo("975,000");
    }

    @Test
    void nothingIsShownForNothing() {
        assertThat(fmt.date(null)).isEmpty();
        assertThat(fmt.fiscalYear(null)).isEmpty();
        assertThat(fmt.number(null)).isEmpty();
    }
}
