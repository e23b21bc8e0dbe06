/** The plans page and the plan's section on the account page. */
@NullMarked
package org.gigforge.subscription.ui;

import org.jspecify.annotations.NullMarked;
