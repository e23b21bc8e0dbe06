/** Offer, contract list and contract pages; and the contract page's extension point for disputes. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.contract.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
