/** Double-blind reviews between the two parties of an ended contract, and the reputation they add up to. */
@NullMarked
@ApplicationModule(displayName = "Reviews")
package org.gigforge.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
