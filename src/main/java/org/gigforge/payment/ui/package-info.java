/** Payment views: the freelancer's earnings; the cell for escrow references, which other grids reuse. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.payment.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
