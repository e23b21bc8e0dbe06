/** Profiles: how freelancers and clients present themselves to each other. */
@NullMarked
@ApplicationModule(displayName = "Profiles")
package org.gigforge.profile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
