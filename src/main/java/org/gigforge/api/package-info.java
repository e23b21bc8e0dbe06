/**
 * The public JSON API under {@code /api/v1}: job search, and the mail endpoints for the provider (bounces and
 * complaints) and for one-click unsubscribing. It answers from the same
 * services as the UI, with its own stateless security.
 */
@NullMarked
@ApplicationModule(displayName = "Public API")
package org.gigforge.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
