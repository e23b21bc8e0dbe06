@NullMarked
package org.gigforge.mail.internal;

import org.jspecify.annotations.NullMarked;
