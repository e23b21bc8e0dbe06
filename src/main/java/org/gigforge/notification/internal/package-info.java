@NullMarked
package org.gigforge.notification.internal;

import org.jspecify.annotations.NullMarked;
