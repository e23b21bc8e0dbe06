@NullMarked
package org.gigforge.messaging.ui;

import org.jspecify.annotations.NullMarked;
