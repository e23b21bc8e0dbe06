/** Payment views: the freelancer's earnings. */
@NullMarked
package org.gigforge.payment.ui;

import org.jspecify.annotations.NullMarked;
