/** The upload field other modules' views reuse. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.file.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
