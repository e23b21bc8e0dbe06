@NullMarked
package org.gigforge.review.internal;

import org.jspecify.annotations.NullMarked;
