@NullMarked
package org.gigforge.dispute.internal;

import org.jspecify.annotations.NullMarked;
