package org.grassroots.plan.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.grassroots.plan.core.user.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveCharactersOrMore() {
        assertThat(PasswordPolicy.check("someone", "abcdefghijkl")).isEmpty();
        assertThat(PasswordPolicy.check("someone", "日本語のパスワードです十二")).isEmpty();
    }

    @Test
    void refusesShortOverlongAndUsernamePasswords() {
        assertThat(PasswordPolicy.check("someone", "abcdefghijk")).contains(Violation.TOO_SHORT);
        assertThat(PasswordPolicy.check("someone", "x".repeat(73))).contains(Violation.TOO_LONG);
        assertThat(PasswordPolicy.check("someone", "あ".repeat(25))).contains(Violation.TOO_LONG);
        assertThat(PasswordPolicy.check("demo-reporter", "Demo-Reporter")).contains(Violation.SAME_AS_USERNAME);
    }
}
