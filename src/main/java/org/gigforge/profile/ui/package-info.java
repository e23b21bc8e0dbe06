/** Profile views, and the reputation panel that job pages reuse for clients. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.profile.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
