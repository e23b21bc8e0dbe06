/**
 * Plans members subscribe to, monthly, for more room or tools (more open jobs for clients; profile analytics and
 * an own profile address for freelancers): plans from configuration, subscribed through the payment provider's
 * recurring billing or, without one, in demo mode; the entitlements other modules ask for. A plan never changes
 * how anyone ranks in search.
 */
@NullMarked
@ApplicationModule(displayName = "Subscriptions")
package org.gigforge.subscription;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
