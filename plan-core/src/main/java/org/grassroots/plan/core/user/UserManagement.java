package org.grassroots.plan.core.user;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.plan.core.audit.SecurityAudit;
import org.grassroots.plan.core.audit.SecurityEventType;
import org.grassroots.plan.core.reference.DiplomaticMission;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.reference.UnknownMissionException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create users, assign roles and missions, disable, enable and unlock accounts. */
@Service
@Transactional
public class UserManagement {

    static final String SYSTEM = "system";

    private final Users users;
    private final DiplomaticMissions missions;
    private final PasswordEncoder passwordEncoder;
    private final SecurityAudit audit;
    private final Clock clock;

    public UserManagement(
            Users users,
            DiplomaticMissions missions,
            PasswordEncoder passwordEncoder,
            SecurityAudit audit,
            ObjectProvider<Clock> clock) {
        this.users = users;
        this.missions = missions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Creates a user with a random one-time password that they must change at their first sign-in.
     *
     * @throws DuplicateUserException if the user name or e-mail address is taken
     * @throws UnknownMissionException if a reporter's mission does not exist
     */
    public CreatedUser create(CreateUser command, String actor) {
        String username = command.username().trim().toLowerCase(Locale.ROOT);
        if (users.existsByUsername(username)) {
            throw new DuplicateUserException(DuplicateUserException.Field.USERNAME);
        }
        if (command.email() != null && users.existsByEmailIgnoreCase(command.email())) {
            throw new DuplicateUserException(DuplicateUserException.Field.EMAIL);
        }
        var user = new AppUser(
                username,
                command.displayName(),
                command.role(),
                mission(command.role(), command.missionCode()),
                clock.instant());
        user.updateProfile(command.displayName(), command.email(), command.preferredLanguage());
        String oneTimePassword = OneTimePasswords.generate();
        user.resetPassword(passwordEncoder.encode(oneTimePassword));
        try {
            users.save(user);
        } catch (DataIntegrityViolationException e) {
            // Another administrator created the same user name at the same moment.
            throw new DuplicateUserException(DuplicateUserException.Field.USERNAME);
        }
        audit.record(SecurityEventType.USER_CREATED, username, actor, describeRole(user), null);
        return new CreatedUser(user.getId(), oneTimePassword);
    }

    /**
     * Creates the first administrator from the operator's configuration, unless a user of that name exists.
     * Returns whether one was created. The password is kept only as a hash.
     */
    public boolean createInitialAdministrator(String username, String password) {
        String normalized = username.trim().toLowerCase(Locale.ROOT);
        if (users.existsByUsername(normalized)) {
            return false;
        }
        PasswordPolicy.check(normalized, password).ifPresent(violation -> {
            throw new PasswordPolicyException(violation);
        });
        var user = new AppUser(normalized, normalized, Role.ADMIN, null, clock.instant());
        user.changePassword(passwordEncoder.encode(password));
        users.save(user);
        audit.record(SecurityEventType.USER_CREATED, normalized, SYSTEM, describeRole(user), null);
        return true;
    }

    public void changeRole(Long userId, ChangeRole command, String actor) {
        AppUser user = find(userId);
        refuseSelf(user, actor);
        String before = describeRole(user);
        user.assignRole(command.role(), mission(command.role(), command.missionCode()));
        String after = describeRole(user);
        if (!before.equals(after)) {
            audit.record(SecurityEventType.ROLE_CHANGED, user.getUsername(), actor, before + " -> " + after, null);
        }
    }

    public void disable(Long userId, String actor) {
        AppUser user = find(userId);
        refuseSelf(user, actor);
        if (user.isEnabled()) {
            user.disable();
            audit.record(SecurityEventType.USER_DISABLED, user.getUsername(), actor, null, null);
        }
    }

    public void enable(Long userId, String actor) {
        AppUser user = find(userId);
        if (!user.isEnabled()) {
            user.enable();
            audit.record(SecurityEventType.USER_ENABLED, user.getUsername(), actor, null, null);
        }
    }

    public void unlock(Long userId, String actor) {
        AppUser user = find(userId);
        user.unlock();
        audit.record(SecurityEventType.USER_UNLOCKED, user.getUsername(), actor, null, null);
    }

    private AppUser find(Long userId) {
        return users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }

    private static void refuseSelf(AppUser user, String actor) {
        if (user.getUsername().equals(actor)) {
            throw new SelfAdministrationException();
        }
    }

    private @Nullable DiplomaticMission mission(Role role, @Nullable String missionCode) {
        if (!role.requiresMission()) {
            return null;
        }
        return Optional.ofNullable(missionCode)
                .flatMap(missions::findById)
                .orElseThrow(() -> new UnknownMissionException(String.valueOf(missionCode)));
    }

    private static String describeRole(AppUser user) {
        DiplomaticMission mission = user.getMission();
        return mission == null ? user.getRole().name() : user.getRole().name() + " (" + mission.getCode() + ")";
    }
}
