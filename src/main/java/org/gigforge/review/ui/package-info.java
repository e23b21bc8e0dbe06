@NullMarked
package org.gigforge.review.ui;

import org.jspecify.annotations.NullMarked;
