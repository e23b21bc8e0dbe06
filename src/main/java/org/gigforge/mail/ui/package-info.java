/** The page behind a mail's unsubscribe link. */
@NullMarked
package org.gigforge.mail.ui;

import org.jspecify.annotations.NullMarked;
