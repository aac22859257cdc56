package org.grassroots.plan.web.security;

import java.util.Locale;
import org.grassroots.plan.core.user.SignInAttempts;
import org.grassroots.plan.core.user.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads portal users for form sign-in, with their lock state as of now. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final Users users;
    private final SignInAttempts signInAttempts;

    PortalUserDetailsService(Users users, SignInAttempts signInAttempts) {
        this.users = users;
        this.signInAttempts = signInAttempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .map(user -> new PortalUserDetails(user, signInAttempts.isLocked(user)))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
