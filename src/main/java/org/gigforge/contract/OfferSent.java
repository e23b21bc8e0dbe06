package org.gigforge.contract;

import org.gigforge.account.UserId;

/** A client sent an offer; the freelancer should hear of it. */
public record OfferSent(OfferId offer, UserId freelancer) {}
