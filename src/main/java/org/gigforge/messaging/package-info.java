/**
 * Messaging: conversations per job (a client and a freelancer they invited or who applied) and per contract,
 * with attachments, read receipts, typing, presence, reports and blocks; live across nodes through the cluster bus.
 */
@NullMarked
@ApplicationModule(displayName = "Messaging")
package org.gigforge.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
