/** Demo data: a believable marketplace on first start of the embedded mode. Off in production. */
@NullMarked
@ApplicationModule(displayName = "Demo data")
package org.gigforge.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
