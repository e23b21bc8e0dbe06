@NullMarked
package org.gigforge.contract.internal;

import org.jspecify.annotations.NullMarked;
