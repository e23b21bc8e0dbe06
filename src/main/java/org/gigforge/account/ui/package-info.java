/** Sign-in, sign-up and the member's own account page. */
@NullMarked
package org.gigforge.account.ui;

import org.jspecify.annotations.NullMarked;
