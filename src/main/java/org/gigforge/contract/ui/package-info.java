/** Offer, contract list and contract pages. */
@NullMarked
package org.gigforge.contract.ui;

import org.jspecify.annotations.NullMarked;
