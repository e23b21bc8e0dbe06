package org.gigforge.review;

import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;

/** A review became visible: both parties had written theirs, or the window closed. Its subject should hear of it. */
public record ReviewPublished(ReviewId review, ContractId contract, UserId author, UserId subject) {}
