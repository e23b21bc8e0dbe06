package org.gigforge.payment;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * One charge of a client: the whole amount they pay (price plus client fee), for a contract. With
 * {@code returnPages} the client is present and may be sent to the provider's payment page (which also handles
 * 3-D Secure); without, nobody is present and the provider charges the client's saved payment method or refuses.
 *
 * <p>{@code attempt} counts tries of the command after failed ones (0 first): a provider adds it to the key it sends,
 * so a new try after a declined payment page is not answered with the old one.
 */
public record ChargeRequest(IdempotencyKey key, UserId client, Money amount, String description, String contractRef,
        @Nullable ReturnPages returnPages, int attempt) {}
