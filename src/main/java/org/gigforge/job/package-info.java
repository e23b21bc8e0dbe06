/** Job posts: what clients want done, their terms and their life cycle (draft, open, closed). */
@NullMarked
@ApplicationModule(displayName = "Jobs")
package org.gigforge.job;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
