/** Admin dashboards: Grid views over the marketplace's data, for admins only. */
@NullMarked
@ApplicationModule(displayName = "Admin")
package org.gigforge.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
