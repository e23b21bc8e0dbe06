/**
 * The public JSON API under {@code /api/v1}: read-only for now, starting with job search. It answers from the same
 * services as the UI, with its own stateless security.
 */
@NullMarked
@ApplicationModule(displayName = "Public API")
package org.gigforge.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
