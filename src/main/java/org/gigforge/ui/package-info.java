/** The app shell: PWA and push set-up, the main layout with role-based navigation, the landing page. */
@NullMarked
@ApplicationModule(displayName = "App shell")
package org.gigforge.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
