/** Small UI pieces every feature's views share: formatting by locale, showing refusals on forms. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.platform.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
