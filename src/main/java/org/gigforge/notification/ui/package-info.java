@NullMarked
package org.gigforge.notification.ui;

import org.jspecify.annotations.NullMarked;
