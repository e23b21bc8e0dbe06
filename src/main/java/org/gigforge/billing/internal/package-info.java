@NullMarked
package org.gigforge.billing.internal;

import org.jspecify.annotations.NullMarked;
