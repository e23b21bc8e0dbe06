/**
 * Cross-cutting pieces every feature uses: configuration, money, the clock, errors users can read,
 * the embedded database and the web security set-up.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.gigforge.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
