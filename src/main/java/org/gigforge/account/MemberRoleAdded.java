package org.gigforge.account;

/** Published when a member takes on another marketplace role. */
public record MemberRoleAdded(UserId userId, Role role) {}
