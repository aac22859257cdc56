package org.grassroots.plan.core.user;

import java.util.Optional;

/** The portal's users. */
public interface Users {

    Optional<AppUser> findById(Long id);

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByEmailIgnoreCase(String email);

    Optional<AppUser> findByOidcSubject(String oidcSubject);

    boolean existsByUsername(String username);

    boolean existsByEmailIgnoreCase(String email);

    /**
     * Loads the user and holds a row lock until the transaction ends, so that sign-in attempts made at the same
     * moment on different nodes are all counted.
     */
    Optional<AppUser> lockByUsername(String username);

    <S extends AppUser> S save(S user);
}
