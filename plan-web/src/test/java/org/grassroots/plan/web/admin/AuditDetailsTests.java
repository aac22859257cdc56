package org.grassroots.plan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The audit log's stored codes read in the page's language; unknown text stays as stored. */
class AuditDetailsTests {

    private final AuditDetails details = new AuditDetails(messages());

    @Test
    void knownCodesAndRoleNamesAreTranslated() {
        assertThat(details.of("form", Locale.JAPANESE)).isEqualTo("パスワードでログイン");
        assertThat(details.of("form", Locale.ENGLISH)).isEqualTo("Signed in with a password");
        assertThat(details.of("sso: disabled", Locale.ENGLISH)).isEqualTo("Ministry account: user disabled");
        assertThat(details.of("VIEWER -> MISSION_REPORTER (CG-CHI)", Locale.ENGLISH))
                .isEqualTo("Viewer → Mission reporter (CG-CHI)");
        assertThat(details.of("locked until 2026-12-02T01:00:00Z", Locale.JAPANESE))
                .isEqualTo("2026-12-02T01:00:00Z までロック");
        assertThat(details.of("sso: no portal user for abc", Locale.ENGLISH)).isEqualTo("sso: no portal user for abc");
        assertThat(details.of(null, Locale.ENGLISH)).isEmpty();
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/ux");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
