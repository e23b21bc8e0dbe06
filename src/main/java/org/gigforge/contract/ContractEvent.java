package org.gigforge.contract;

import java.time.Instant;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/** One line of a contract's history: what happened, when, and who did it (none for the platform's own jobs). */
public record ContractEvent(Instant at, @Nullable UserId actor, String kind, String detail) {}
