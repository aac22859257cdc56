package org.grassroots.plan.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserLockoutTests {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final int MAX = SignInAttempts.MAX_FAILED_ATTEMPTS;
    private static final Duration LOCK = SignInAttempts.LOCK_DURATION;

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        var user = new AppUser("someone", "Someone", Role.VIEWER, null, NOW);
        for (int i = 1; i < MAX; i++) {
            assertThat(user.recordFailedSignIn(NOW, MAX, LOCK)).isFalse();
            assertThat(user.isLockedAt(NOW)).isFalse();
        }
        assertThat(user.recordFailedSignIn(NOW, MAX, LOCK)).isTrue();

        assertThat(user.isLockedAt(NOW)).isTrue();
        assertThat(user.isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isTrue();
        assertThat(user.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        var user = new AppUser("someone", "Someone", Role.VIEWER, null, NOW);
        for (int i = 1; i < MAX; i++) {
            user.recordFailedSignIn(NOW, MAX, LOCK);
        }
        user.recordSuccessfulSignIn();

        assertThat(user.getFailedAttempts()).isZero();
        assertThat(user.recordFailedSignIn(NOW, MAX, LOCK)).isFalse();
    }

    @Test
    void aPasswordResetUnlocksAndRequiresAChange() {
        var user = new AppUser("someone", "Someone", Role.VIEWER, null, NOW);
        for (int i = 0; i < MAX; i++) {
            user.recordFailedSignIn(NOW, MAX, LOCK);
        }
        user.resetPassword("{bcrypt}hash");

        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(user.isMustChangePassword()).isTrue();
    }
}
