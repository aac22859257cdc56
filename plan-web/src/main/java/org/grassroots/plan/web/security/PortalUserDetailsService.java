package org.grassroots.plan.web.security;

import org.grassroots.plan.core.user.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads portal users for form sign-in. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final Users users;

    PortalUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
                .map(PortalUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
