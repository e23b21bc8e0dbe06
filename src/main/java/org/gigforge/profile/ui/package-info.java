/** Profile views. */
@NullMarked
package org.gigforge.profile.ui;

import org.jspecify.annotations.NullMarked;
