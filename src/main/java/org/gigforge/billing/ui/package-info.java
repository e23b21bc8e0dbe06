/** Billing views: the member's billing page; the documents' grid, which the admin views reuse. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.billing.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
