/**
 * The Stripe payment provider: separate charges and transfers (Checkout for clients who are present, saved cards
 * off-session for hourly weeks, transfers to Express connected accounts, refunds), Connect onboarding, and the
 * webhook that confirms what Stripe did. Active only when a secret key is configured.
 */
@NullMarked
package org.gigforge.payment.internal.stripe;

import org.jspecify.annotations.NullMarked;
