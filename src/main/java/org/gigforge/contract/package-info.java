/** Offers and contracts: a client's offer to a freelancer, and the contract with its milestones once accepted. */
@NullMarked
@ApplicationModule(displayName = "Contracts")
package org.gigforge.contract;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
