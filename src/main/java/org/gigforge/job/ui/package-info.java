/** Job views, and the job card other modules' pages reuse. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.job.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
