/**
 * Demo subscriptions, bypassing per-user authorisation: only the demo module uses it, at start-up, when demo data
 * is enabled.
 */
@NullMarked
@NamedInterface("seed")
package org.gigforge.subscription.seed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
