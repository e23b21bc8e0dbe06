package org.gigforge.account;

import java.time.Instant;

/** One sign-in attempt, shown to the account holder so they can spot someone else's attempts. */
public record SignInRecord(Instant at, String address, boolean succeeded) {}
