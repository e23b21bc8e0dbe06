/** The notification bell, which the app shell puts into its top bar. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.notification.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
