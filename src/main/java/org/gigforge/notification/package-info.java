/**
 * Notifications: the events other modules publish (proposals, offers, contracts, milestones, reviews, messages
 * while away) become notifications per recipient, stored and delivered through channels: in-app now, with a live
 * count over the cluster bus; email and browser push join as further channels.
 */
@NullMarked
@ApplicationModule(displayName = "Notifications")
package org.gigforge.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
