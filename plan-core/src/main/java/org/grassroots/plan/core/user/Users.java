package org.grassroots.plan.core.user;

import java.util.Optional;

/** The portal's users. */
public interface Users {

    Optional<AppUser> findById(Long id);

    Optional<AppUser> findByUsername(String username);

    <S extends AppUser> S save(S user);
}
