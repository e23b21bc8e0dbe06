package org.gigforge.account;

/** Published when someone creates an account. */
public record MemberSignedUp(UserId userId, Role role) {}
