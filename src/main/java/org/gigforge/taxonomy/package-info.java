/**
 * The marketplace's vocabulary: categories of work, the skills taxonomy and the bundled list of
 * places (cities with coordinates and time zones; no external geocoder).
 */
@NullMarked
@ApplicationModule(displayName = "Taxonomy")
package org.gigforge.taxonomy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
