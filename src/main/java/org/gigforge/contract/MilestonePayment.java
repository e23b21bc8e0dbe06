package org.gigforge.contract;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** The contract after the client funded a milestone, and, when the provider takes the payment on its page, where. */
public record MilestonePayment(Contract contract, @Nullable URI payAt) {}
