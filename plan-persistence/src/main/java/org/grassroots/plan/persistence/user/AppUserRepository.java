package org.grassroots.plan.persistence.user;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Users;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, Users {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.username = :username")
    Optional<AppUser> lockByUsername(String username);
}
