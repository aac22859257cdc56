package org.grassroots.plan.core.user;

import org.jspecify.annotations.Nullable;

/** An administrator gives a user another role, or moves a reporter to another mission. */
public record ChangeRole(Role role, @Nullable String missionCode) {}
