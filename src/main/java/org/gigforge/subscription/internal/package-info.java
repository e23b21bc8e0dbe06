@NullMarked
package org.gigforge.subscription.internal;

import org.jspecify.annotations.NullMarked;
