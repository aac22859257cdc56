package org.grassroots.plan.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Every page of sign-in and administration renders in Japanese and in English, with no missing message. */
@WebIntegrationTest
class SecurityPagesLanguageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "/login?error, ja, ログイン",
        "/login?error, en, Sign in",
        "/account/password, ja, パスワード変更",
        "/account/password, en, Change password",
        "/admin/users, ja, 利用者管理",
        "/admin/users, en, Users",
        "/admin/users/new, ja, 利用者の追加",
        "/admin/users/new, en, New user",
        "/admin/users/DETAIL, ja, 役割と在外公館",
        "/admin/users/DETAIL, en, Role and mission",
        "/admin/audit?type=SIGN_IN, ja, セキュリティ監査ログ",
        "/admin/audit?type=SIGN_IN, en, Security audit log"
    })
    void rendersInTheLanguageAsked(String path, String language, String heading) throws Exception {
        var testUsers = new TestUsers(context);
        testUsers.ensure("language-admin", Role.ADMIN, null);
        Long reporter = testUsers.ensure("language-reporter", Role.MISSION_REPORTER, "CG-LAX");
        String url =
                path.replace("DETAIL", reporter.toString()) + (path.contains("?") ? "&" : "?") + "lang=" + language;

        String html = mvc.perform(get(url).with(authentication(testUsers.signIn("language-admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("<html lang=\"" + language + "\"", heading).doesNotContain("??");
    }
}
