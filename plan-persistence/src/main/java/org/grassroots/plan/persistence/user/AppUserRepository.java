package org.grassroots.plan.persistence.user;

import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Users;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long>, Users {}
