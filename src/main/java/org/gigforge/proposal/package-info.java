/** Proposals: freelancers apply to open jobs with a cover letter and a bid, for free. */
@NullMarked
@ApplicationModule(displayName = "Proposals")
package org.gigforge.proposal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
