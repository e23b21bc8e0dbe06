/** Gigforge, the freelance marketplace. Each sub-package is a feature module verified by Spring Modulith. */
@NullMarked
package org.gigforge;

import org.jspecify.annotations.NullMarked;
