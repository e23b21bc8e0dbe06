@NullMarked
package org.gigforge.messaging.internal;

import org.jspecify.annotations.NullMarked;
